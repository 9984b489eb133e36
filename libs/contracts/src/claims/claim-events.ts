import { ClaimAdjudicated, ClaimAdjudicationReversed } from './claim-adjudication.events';
import { ClaimAccepted, ClaimRejected, ClaimSubmitted, ClaimSubmittedV2 } from './claim-lifecycle.events';

/**
 * Every event on the claims.claims topic: a consumer of the topic (billing's remittance postings) must accept them
 * all, even those it leaves be, or they would be dead-lettered as unknown. A claim event added to the topic is
 * added here.
 */
export const CLAIM_EVENTS = [
  ClaimSubmitted,
  ClaimSubmittedV2,
  ClaimAccepted,
  ClaimRejected,
  ClaimAdjudicated,
  ClaimAdjudicationReversed,
] as const;
