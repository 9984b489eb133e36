import { ConflictError } from '@praxis/platform';
import type { Review } from './completion.entity';

/** The whole review lifecycle: a pending completion is verified or rejected, once. Anything else is 409. */
const NEXT: Readonly<Record<Review, readonly Review[]>> = {
  pending: ['verified', 'rejected'],
  verified: [],
  rejected: [],
};

export class CompletionAlreadyReviewedError extends ConflictError {
  constructor(from: Review, to: Review) {
    super(`a ${from} completion cannot be ${to}`);
  }
}

export const refuseUnlessReviewable = (from: Review, to: Review): void => {
  if (!NEXT[from].includes(to)) throw new CompletionAlreadyReviewedError(from, to);
};

/** History is a chain: a completion already corrected is corrected through its correction. */
export class CompletionAlreadyCorrectedError extends ConflictError {
  constructor() {
    super('this completion has already been corrected; correct the newer one');
  }
}

/** What a manager records is verified as it is recorded; anyone else's submission waits for a manager. */
export const reviewOfSubmission = (byManager: boolean, actorUserId: string | null, now: Date) =>
  byManager
    ? { review: 'verified' as const, submittedBy: actorUserId, reviewedBy: actorUserId, reviewedAt: now }
    : { review: 'pending' as const, submittedBy: actorUserId, reviewedBy: null, reviewedAt: null };
