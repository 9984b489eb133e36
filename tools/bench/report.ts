import { LoadFigures } from './load';
import { StatementComparison, describeDifference } from './route-statements';

export interface ReportRow {
  name: string;
  figures?: Partial<LoadFigures>;
  /** The name of the row this one is divided by. */
  against?: string;
  note?: string;
}

const ratio = (value: number | undefined, reference: number | undefined, digits: number) =>
  value === undefined || reference === undefined || reference === 0 ? '' : (value / reference).toFixed(digits);

const HEADINGS = [
  '',
  'req/s',
  'p50 ms',
  'p99 ms',
  'errors',
  'compared with',
  'req/s ratio',
  'p50 ratio',
  'p99 ratio',
  'note',
];

const cellsOf = (
  { name, figures = {}, against, note = '' }: ReportRow,
  reference: Partial<LoadFigures> | undefined,
): string[] => [
  name,
  String(figures.requestsPerSecond ?? ''),
  String(figures.p50 ?? ''),
  String(figures.p99 ?? ''),
  String(figures.errors ?? ''),
  against ?? '',
  ratio(figures.requestsPerSecond, reference?.requestsPerSecond, 3),
  ratio(figures.p50, reference?.p50, 2),
  ratio(figures.p99, reference?.p99, 2),
  [note, figures.errorKinds].filter(Boolean).join('; '),
];

/** One table per benchmark: each row's figures, and beside it the row it is compared with and the ratios. */
export const printReport = (title: string, rows: ReportRow[]): void => {
  const byName = new Map(rows.map((row) => [row.name, row]));
  const lines = [
    HEADINGS,
    ...rows.map((row) => cellsOf(row, row.against ? byName.get(row.against)?.figures : undefined)),
  ];
  const widths = HEADINGS.map((_, column) => Math.max(...lines.map((cells) => cells[column].length)));
  const format = (cells: string[]) =>
    `| ${cells.map((cell, column) => (column === 0 || column >= 5 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  console.log(`\n${title}\n`);
  console.log(
    [format(lines[0]), format(widths.map((width) => '-'.repeat(width))), ...lines.slice(1).map(format)].join('\n'),
  );
};

/** A floor that no longer sends what its route sends makes the ratios meaningless; the reader must see that first. */
export const statementCheckRow = (route: string, comparison: StatementComparison): ReportRow => ({
  name: `${route}: floor statements`,
  note: comparison.inStep
    ? `same as the route's (${comparison.route.length})`
    : 'OUT OF STEP with the route: see below the table',
});

/** Where a floor and its route part, printed under the table so the figures are not read as if they had not. */
export const printStatementDifference = (route: string, comparison: StatementComparison): void => {
  if (!comparison.inStep)
    console.log(
      `\n${route}: the floor no longer sends the route's statements (update tools/bench/floors):\n${describeDifference(comparison)}`,
    );
};
