import type { PostalAddress } from './payers/payers-data';

export const addressInWords = ({ line1, line2, city, state, postalCode }: PostalAddress): string =>
  [line1, line2, `${city}, ${state} ${postalCode}`].filter(Boolean).join(', ');
