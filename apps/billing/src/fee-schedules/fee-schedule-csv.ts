import type { CurrencyCode } from '@praxis/domain';
import { formatMajorUnits, parseMajorUnits, PROCEDURE_CODE_PATTERN, PROCEDURE_MODIFIER_PATTERN } from '@praxis/domain';
import { FieldProblem, toCsv, UnprocessableError } from '@praxis/platform';
import { CsvError, parse } from 'csv-parse/sync';
import type { FeeSchedule } from './fee-schedule.entity';
import { modifierKeyOf, PriceLine } from './price-lines';

/** One row per price: without payer_id it is the clinic's fee, with one it is that payer's contracted amount. */
export const FEE_SCHEDULE_COLUMNS = ['procedure_code', 'modifiers', 'payer_id', 'amount'] as const;
const PAYER_ID_PATTERN = /^[0-9A-Za-z]{2,20}$/;
const MAX_MODIFIERS = 4;

interface CsvRow {
  line: number;
  procedureCode: string;
  modifiers: string[];
  payerId: string;
  amount: string;
}

const problemsWithRow = (row: CsvRow, currency: CurrencyCode): string[] => [
  ...(PROCEDURE_CODE_PATTERN.test(row.procedureCode) ? [] : [`${row.procedureCode} is not a CPT or HCPCS code`]),
  ...row.modifiers
    .filter((modifier) => !PROCEDURE_MODIFIER_PATTERN.test(modifier))
    .map((m) => `${m} is not a modifier`),
  ...(row.modifiers.length > MAX_MODIFIERS ? [`a claim line carries at most ${MAX_MODIFIERS} modifiers`] : []),
  ...(new Set(row.modifiers).size < row.modifiers.length ? ['a modifier is listed twice'] : []),
  ...(row.payerId === '' || PAYER_ID_PATTERN.test(row.payerId) ? [] : [`${row.payerId} is not a payer id`]),
  ...(parseMajorUnits(row.amount, currency) ? [] : [`${row.amount} is not an amount in ${currency} such as 125.00`]),
];

const readRows = (csv: string): CsvRow[] => {
  const records = parse(csv, { bom: true, trim: true, skip_empty_lines: true, info: true }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  const [header, ...body] = records;
  const columns = header?.record.map((name) => name.toLowerCase()) ?? [];
  const missing = FEE_SCHEDULE_COLUMNS.filter((name) => !columns.includes(name));
  if (missing.length > 0)
    throw new UnprocessableError(`the first line must name the columns ${FEE_SCHEDULE_COLUMNS.join(', ')}`, [
      { field: 'line 1', message: `missing ${missing.join(', ')}` },
    ]);
  const cell = (record: string[], name: (typeof FEE_SCHEDULE_COLUMNS)[number]) => record[columns.indexOf(name)];
  return body.map(({ record, info }) => ({
    line: info.lines,
    procedureCode: cell(record, 'procedure_code').toUpperCase(),
    modifiers: cell(record, 'modifiers').toUpperCase().split(/\s+/).filter(Boolean),
    payerId: cell(record, 'payer_id'),
    amount: cell(record, 'amount'),
  }));
};

const parseRows = (csv: string): CsvRow[] => {
  try {
    return readRows(csv);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 1;
    throw new UnprocessableError('the file is not readable as CSV; nothing was imported', [
      { field: `line ${line}`, message: error.message },
    ]);
  }
};

interface PriceRows {
  line: number;
  price?: PriceLine;
  allowed: Map<string, number>;
}

const groupIntoLines = (rows: CsvRow[], currency: CurrencyCode): { lines: PriceLine[]; problems: FieldProblem[] } => {
  const problems: FieldProblem[] = [];
  const byPrice = new Map<string, PriceRows>();
  for (const row of rows) {
    const key = `${row.procedureCode} ${modifierKeyOf(row.modifiers)}`;
    const entry: PriceRows = byPrice.get(key) ?? { line: row.line, allowed: new Map() };
    byPrice.set(key, entry);
    const amountMinor = parseMajorUnits(row.amount, currency)?.amountMinor ?? 0;
    const repeated = row.payerId === '' ? entry.price !== undefined : entry.allowed.has(row.payerId);
    if (repeated) problems.push({ field: `line ${row.line}`, message: `repeats the price of line ${entry.line}` });
    else if (row.payerId === '')
      entry.price = { procedureCode: row.procedureCode, modifiers: row.modifiers, amountMinor, contractedAmounts: [] };
    else entry.allowed.set(row.payerId, amountMinor);
  }
  const lines: PriceLine[] = [];
  for (const { line, price, allowed } of byPrice.values()) {
    if (!price) problems.push({ field: `line ${line}`, message: 'has payer amounts but no row without payer_id' });
    else
      lines.push({
        ...price,
        contractedAmounts: [...allowed].map(([payerId, allowedMinor]) => ({ payerId, allowedMinor })),
      });
  }
  return { lines, problems };
};

/** Every problem of a file is reported by line at once, and a file with any problem imports nothing. */
export const readFeeScheduleCsv = (csv: string, currency: CurrencyCode): PriceLine[] => {
  const rows = parseRows(csv);
  const rowProblems = rows.flatMap((row) =>
    problemsWithRow(row, currency).map((message) => ({ field: `line ${row.line}`, message })),
  );
  const { lines, problems } =
    rowProblems.length > 0 ? { lines: [], problems: rowProblems } : groupIntoLines(rows, currency);
  if (rows.length === 0) problems.push({ field: 'line 2', message: 'the file lists no prices' });
  if (problems.length > 0)
    throw new UnprocessableError(`the fee schedule has ${problems.length} problem(s); nothing was imported`, problems);
  return lines;
};

export const writeFeeScheduleCsv = ({ currency, prices = [] }: FeeSchedule): string =>
  toCsv(
    [...FEE_SCHEDULE_COLUMNS],
    prices.flatMap(({ procedureCode, modifiers, amountMinor, contractedAmounts }) => [
      [procedureCode, modifiers.join(' '), '', formatMajorUnits({ amountMinor, currency })],
      ...contractedAmounts.map(({ payerId, allowedMinor }) => [
        procedureCode,
        modifiers.join(' '),
        payerId,
        formatMajorUnits({ amountMinor: allowedMinor, currency }),
      ]),
    ]),
  );
