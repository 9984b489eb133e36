import type { CurrencyCode } from '@praxis/domain';

/** What one payer or one patient owes, by how long ago the visits were (their date of service), in minor units. */
export class AgingRow {
  owedBy: 'payer' | 'patient';
  /** The payer's id, or the patient's. */
  debtorId: string;
  currency: CurrencyCode;
  days0To30Minor: number;
  days31To60Minor: number;
  days61To90Minor: number;
  days91To120Minor: number;
  over120DaysMinor: number;
  totalMinor: number;
}

export class AgingReport {
  /** The instant the ages are counted at, each visit's age in days in its location's zone. */
  asOf: Date;
  rows: AgingRow[];
}
