import type { FormEvent } from 'react';

/** A submit handler that hands what the form holds to `send`; the console sends it, the browser does not post the page. */
export const onFormData = (send: (form: FormData) => void) => (event: FormEvent<HTMLFormElement>) => {
  event.preventDefault();
  send(new FormData(event.currentTarget));
};
