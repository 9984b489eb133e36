import { ConflictError } from '@praxis/platform';

/**
 * needs_review: a line has no price in the schedule in force; ready: every line priced, waiting for a clerk;
 * on_hold: a clerk stopped it; released: its charges are posted and announced.
 */
export const visitStatuses = ['needs_review', 'ready', 'on_hold', 'released'] as const;
export type VisitStatus = (typeof visitStatuses)[number];

export const billTos = ['insurance', 'patient'] as const;
export type BillTo = (typeof billTos)[number];

export class VisitNotReleasableError extends ConflictError {
  constructor(status: VisitStatus) {
    super(`a visit that is ${status.replace('_', ' ')} cannot be released; only a visit ready for release can`);
  }
}

export class VisitNotHoldableError extends ConflictError {
  constructor(status: VisitStatus) {
    super(`a visit that is ${status.replace('_', ' ')} cannot be held; only one not yet released can`);
  }
}

export class VisitNotHeldError extends ConflictError {
  constructor() {
    super('only a visit on hold can be resumed');
  }
}

/** Where a visit goes when it leaves hold: back to review while a line is unpriced, else ready for release. */
export const statusOnResume = (charges: readonly { amountMinor: number | null }[]): VisitStatus =>
  charges.every(({ amountMinor }) => amountMinor !== null) ? 'ready' : 'needs_review';
