import { decodeCursor, Page, PageQuery, toPage } from '@praxis/platform';
import { StandingRow } from '../standing/standing-row.dto';
import { addDays, TrainingStatus } from '../standing/training-status';
import { ComplianceMatrix, ComplianceShare, ComplianceSummary } from './dto/compliance.dto';

const IN_GOOD_STANDING: readonly TrainingStatus[] = ['compliant', 'expiring_soon'];

const share = (group: string, rows: StandingRow[]): ComplianceShare => {
  const people = new Map<string, boolean>();
  for (const row of rows)
    people.set(row.userId, (people.get(row.userId) ?? true) && IN_GOOD_STANDING.includes(row.status));
  const compliant = [...people.values()].filter(Boolean).length;
  const staff = people.size;
  return { group, staff, compliant, percentCompliant: staff === 0 ? 100 : Math.floor((compliant * 100) / staff) };
};

const groupedBy = (rows: StandingRow[], keysOf: (row: StandingRow) => string[]): ComplianceShare[] => {
  const groups = new Map<string, StandingRow[]>();
  for (const row of rows) for (const key of keysOf(row)) groups.set(key, [...(groups.get(key) ?? []), row]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([key, members]) => share(key, members));
};

export const summaryOf = (today: string, rows: StandingRow[]): ComplianceSummary => ({
  today,
  clinic: share('clinic', rows),
  byLocation: groupedBy(
    rows.filter(({ locationId }) => locationId !== null),
    ({ locationId }) => [locationId as string],
  ),
  byRole: groupedBy(rows, ({ roles }) => roles),
});

export const isOverdue = ({ status }: StandingRow): boolean => status === 'overdue' || status === 'expired';

/** A current completion whose expiry falls between today and `withinDays` from now. */
export const isExpiringWithin =
  (today: string, withinDays: number) =>
  ({ expiresOn }: StandingRow): boolean =>
    expiresOn !== null && expiresOn >= today && expiresOn <= addDays(today, withinDays);

const atCursorPrecision = (row: StandingRow) => `${row.createdAt.toISOString()}/${row.id}`;

/** The keyset every page of the API uses, (created_at, id), over rows computed in memory. */
export const pageOfRows = (rows: StandingRow[], { limit, cursor }: PageQuery): Page<StandingRow> => {
  const after = decodeCursor(cursor);
  const sorted = [...rows].sort((a, b) => atCursorPrecision(a).localeCompare(atCursorPrecision(b)));
  const rest = after ? sorted.filter((row) => atCursorPrecision(row) > `${after.createdAt}/${after.id}`) : sorted;
  return toPage(rest, limit);
};

export const matrixOf = (today: string, rows: StandingRow[]): ComplianceMatrix => {
  const requirements = new Map(rows.map((row) => [row.requirementId, row.requirementName]));
  const people = new Map<string, ComplianceMatrix['staff'][number]>();
  for (const row of rows) {
    const person = people.get(row.userId) ?? { userId: row.userId, displayName: row.displayName, cells: [] };
    person.cells.push({ requirementId: row.requirementId, status: row.status });
    people.set(row.userId, person);
  }
  return {
    today,
    requirements: [...requirements]
      .map(([requirementId, name]) => ({ requirementId, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    staff: [...people.values()].sort((a, b) => a.displayName.localeCompare(b.displayName)),
  };
};
