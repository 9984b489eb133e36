import type { StandingRow } from '../training-data';
import { calendarDate, StatusBadge } from '../training-page';

interface StandingListProps {
  caption: string;
  rows: StandingRow[] | undefined;
  empty: string;
}

/** People and requirements that need attention, each with its status in words and the date it turns on. */
export const StandingList = ({ caption, rows, empty }: StandingListProps) =>
  rows === undefined ? (
    <p role="status">Loading…</p>
  ) : rows.length === 0 ? (
    <p>{empty}</p>
  ) : (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Staff member</th>
          <th scope="col">Requirement</th>
          <th scope="col">Status</th>
          <th scope="col">Due or expires</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.displayName}</th>
            <td>{row.requirementName}</td>
            <td>
              <StatusBadge status={row.status} />
            </td>
            <td>{calendarDate(row.deadline ?? row.expiresOn)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
