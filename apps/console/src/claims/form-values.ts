import { optionalTextOf, textOf } from '../forms/form-data';
import type { PostalAddress } from './payers/payers-data';

/** Field names are the API's own (dotted when nested), so a refused field finds its input by name. */
export const addressFrom = (form: FormData, name = 'address'): PostalAddress & { line2?: string } => ({
  line1: textOf(form, `${name}.line1`),
  line2: optionalTextOf(form, `${name}.line2`),
  city: textOf(form, `${name}.city`),
  state: textOf(form, `${name}.state`).toUpperCase(),
  postalCode: textOf(form, `${name}.postalCode`),
});

export const addressInWords = ({ line1, line2, city, state, postalCode }: PostalAddress): string =>
  [line1, line2, `${city}, ${state} ${postalCode}`].filter(Boolean).join(', ');
