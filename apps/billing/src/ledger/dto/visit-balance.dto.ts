import type { CurrencyCode } from '@praxis/domain';

/** What is still owed on one visit in one currency, in minor units, split by who is expected to pay it. */
export class VisitReceivables {
  currency: CurrencyCode;
  /** Charged to the insurer and not yet paid, adjusted, written off or moved to the patient. */
  insurancePendingMinor: number;
  /** The patient's share of the visit, after the payments applied to it. */
  patientResponsibilityMinor: number;
}

export class VisitBalance {
  visitId: string;
  /** One row per currency the visit was charged in; empty before its charges are released. */
  balances: VisitReceivables[];
}
