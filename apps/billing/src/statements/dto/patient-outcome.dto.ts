/** Why a run left a patient without a statement. */
export const skipReasons = ['statement_within_30_days', 'nothing_due', 'patient_not_known'] as const;
export type SkipReason = (typeof skipReasons)[number];

export class PatientOutcome {
  patientId: string;
  /** For a skipped patient one of the skip reasons; for a failed one, what went wrong. */
  reason: string;
}
