import { IsCalendarDate, IsNotBefore } from '@praxis/domain';
import type { CurrencyCode } from '@praxis/domain';
import type { PostingKind } from '../ledger-postings';

export class DaySheetQuery {
  /** The first day, YYYY-MM-DD on the clinic's calendar. */
  @IsCalendarDate() from: string;
  /** The last day, included. */
  @IsCalendarDate() @IsNotBefore('from') to: string;
}

/** What one person posted of one kind on one day: positive adds to receivables (charges), negative settles them. */
export class DaySheetRow {
  day: string;
  kind: PostingKind;
  postedBy: string | null;
  currency: CurrencyCode;
  postings: number;
  receivablesMinor: number;
}

export class DaySheet {
  from: string;
  to: string;
  /** The clinic's zone, whose calendar days the rows are. */
  timeZone: string;
  rows: DaySheetRow[];
}
