import type { FormEvent } from 'react';

/** A submit handler that hands what the form holds to `send`; the console sends it, the browser does not post the page. */
export const onFormData = (send: (form: FormData) => void) => (event: FormEvent<HTMLFormElement>) => {
  event.preventDefault();
  send(new FormData(event.currentTarget));
};

export const textOf = (form: FormData, name: string): string => String(form.get(name) ?? '').trim();

/** An empty optional field is left out: the API refuses an empty string where a value may be omitted. */
export const optionalTextOf = (form: FormData, name: string): string | undefined => textOf(form, name) || undefined;

/**
 * A postal address from its inputs, named as the API names its parts (`address.line1`, `subscriber.address.city`) so a
 * refused part finds its input. A form without a second line leaves it out of the request.
 */
export const addressFrom = <State extends string = string>(form: FormData, name = 'address') => ({
  line1: textOf(form, `${name}.line1`),
  line2: optionalTextOf(form, `${name}.line2`),
  city: textOf(form, `${name}.city`),
  state: textOf(form, `${name}.state`).toUpperCase() as State,
  postalCode: textOf(form, `${name}.postalCode`),
});
