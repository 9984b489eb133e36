import type { CurrencyCode } from '@praxis/domain';
import type { PostalAddress } from '@praxis/platform';

/** One charge line of a visit as the ledger holds it (a corrected line replaces the voided one). */
export interface StatementCharge {
  procedureCode: string;
  modifiers: string[];
  units: number;
  amountMinor: number;
}

/** A visit with money still open on it, and where its charges stand. */
export interface StatementVisit {
  visitId: string;
  dateOfService: string;
  charges: StatementCharge[];
  chargesMinor: number;
  insurancePaidMinor: number;
  adjustmentsMinor: number;
  patientPaidMinor: number;
  insurancePendingMinor: number;
  patientOwesMinor: number;
}

export interface StatementAging {
  due0To30Minor: number;
  due31To60Minor: number;
  due61To90Minor: number;
  due91To120Minor: number;
  dueOver120Minor: number;
}

export interface StatementTotals {
  chargesMinor: number;
  insurancePaidMinor: number;
  adjustmentsMinor: number;
  patientPaidMinor: number;
  insurancePendingMinor: number;
  balanceDueMinor: number;
}

/** The clinic as the statement names it: its statement settings, or only its legal name before any are set. */
export interface StatementClinic {
  name: string;
  returnAddress: PostalAddress | null;
  billingPhone: string | null;
}

export interface StatementPatient {
  patientId: string;
  firstName: string;
  lastName: string;
  /** Null while scheduling has not yet announced it to billing: the statement is then handed over, not mailed. */
  address: PostalAddress | null;
}

/** Everything a statement says, computed from the ledger on the statement's date. */
export interface StatementContent {
  clinic: StatementClinic;
  patient: StatementPatient;
  statementDate: string;
  periodFrom: string | null;
  currency: CurrencyCode;
  visits: StatementVisit[];
  /** Payments not applied to a visit lower the balance due; shown so the sum is explained. */
  unappliedCreditMinor: number;
  totals: StatementTotals;
  aging: StatementAging;
}
