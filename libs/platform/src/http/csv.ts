import { StreamableFile } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, return) is written as text (OWASP CSV injection). */
const asText = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

export const toCsv = (header: string[], rows: (string | number | boolean | null)[][]): string =>
  stringify([header, ...rows], { cast: { string: asText, boolean: (value) => String(value) } });

/** The OpenAPI answer of a route that downloads CSV. */
export const CSV_RESPONSE = {
  description: 'comma-separated values',
  content: { 'text/csv': { schema: { type: 'string' } } },
};

export const csvFile = (csv: string, fileName: string): StreamableFile =>
  new StreamableFile(Buffer.from(csv), {
    type: 'text/csv; charset=utf-8',
    disposition: `attachment; filename="${fileName}"`,
  });
