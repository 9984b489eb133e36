import type { CurrencyCode } from '@praxis/domain';

/** What is owed in one currency, in minor units, split by who is expected to pay it. */
export class CurrencyBalance {
  currency: CurrencyCode;
  /** Charged to insurers and not yet paid, adjusted, written off or moved to the patient. */
  insurancePendingMinor: number;
  /** What the patient owes on their visits now, after the payments applied to them. */
  patientResponsibilityMinor: number;
  /** Paid by the patient and not applied to a visit yet: to apply later or refund. */
  creditMinor: number;
}

export class PatientBalance {
  patientId: string;
  /** One row per currency the patient was ever charged in; empty when nothing was posted. */
  balances: CurrencyBalance[];
}
