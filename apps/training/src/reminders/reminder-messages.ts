import type { StandingRow } from '../standing/standing-row.dto';

const whose = (row: StandingRow, toSelf: boolean) => (toSelf ? 'Your' : `${row.displayName}'s`);

/** What the staff member and their managers read: whose, what, and the date on the clinic's calendar. */
export const reminderMessage = (row: StandingRow, toSelf: boolean): string => {
  const what = `${whose(row, toSelf)} ${row.requirementName}`;
  if (row.status === 'expired') return `${what} expired on ${row.expiresOn}. Please renew it.`;
  if (row.status === 'overdue') return `${what} was due on ${row.deadline}. Please complete it.`;
  return row.expiresOn ? `${what} expires on ${row.deadline}.` : `${what} is due by ${row.deadline}.`;
};
