import { IsCalendarDate, IsNotBefore } from '@praxis/domain';
import type { CurrencyCode } from '@praxis/domain';
import type { PaymentMethod } from '../../payments/payment-methods';
import type { PostingKind } from '../ledger-postings';

export class DaySheetQuery {
  /** The first day, YYYY-MM-DD on the clinic's calendar. */
  @IsCalendarDate() from: string;
  /** The last day, included. */
  @IsCalendarDate() @IsNotBefore('from') to: string;
}

/**
 * What one person posted of one kind (and, for a patient's payments, one method) on one day: positive receivables add
 * to what is owed (charges), negative settle it (payments applied); collected is the money in (payments) or out (refunds).
 */
export class DaySheetRow {
  day: string;
  kind: PostingKind;
  postedBy: string | null;
  currency: CurrencyCode;
  /** How the patient paid, for the receipt, application and refund of a patient's payment; null otherwise. */
  paymentMethod: PaymentMethod | null;
  postings: number;
  receivablesMinor: number;
  collectedMinor: number;
}

export class DaySheet {
  from: string;
  to: string;
  /** The clinic's zone, whose calendar days the rows are. */
  timeZone: string;
  rows: DaySheetRow[];
}
