import { ConflictError } from '@praxis/platform';

/**
 * open: waiting for a clerk; written_off and transferred_to_patient: what the clerk decided; withdrawn: the payer
 * reversed the decision it came with, so there is nothing left to decide.
 */
export const adjustmentReviewStatuses = ['open', 'written_off', 'transferred_to_patient', 'withdrawn'] as const;
export type AdjustmentReviewStatus = (typeof adjustmentReviewStatuses)[number];

export const adjustmentResolutions = ['written_off', 'transferred_to_patient'] as const;
export type AdjustmentResolution = (typeof adjustmentResolutions)[number];

const inWords: Record<AdjustmentReviewStatus, string> = {
  open: 'is open',
  written_off: 'was already written off',
  transferred_to_patient: 'was already transferred to the patient',
  withdrawn: 'was withdrawn when the payer reversed its decision',
};

export class AdjustmentReviewClosedError extends ConflictError {
  constructor(status: AdjustmentReviewStatus) {
    super(`this adjustment ${inWords[status]}; only an open one can be written off or transferred to the patient`);
  }
}
