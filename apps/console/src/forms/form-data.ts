import type { FormEvent } from 'react';

/** A submit handler that hands what the form holds to `send`; the console sends it, the browser does not post the page. */
export const onFormData = (send: (form: FormData) => void) => (event: FormEvent<HTMLFormElement>) => {
  event.preventDefault();
  send(new FormData(event.currentTarget));
};

export const textOf = (form: FormData, name: string): string => String(form.get(name) ?? '').trim();

/** An empty optional field is left out: the API refuses an empty string where a value may be omitted. */
export const optionalTextOf = (form: FormData, name: string): string | undefined => textOf(form, name) || undefined;
