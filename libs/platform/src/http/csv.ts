import { stringify } from 'csv-stringify/sync';

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, return) is written as text (OWASP CSV injection). */
const asText = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

export const toCsv = (header: string[], rows: (string | number | boolean | null)[][]): string =>
  stringify([header, ...rows], { cast: { string: asText, boolean: (value) => String(value) } });
