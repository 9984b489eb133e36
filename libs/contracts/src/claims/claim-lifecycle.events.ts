import { currencies } from '@praxis/domain';
import { z } from 'zod';
import { defineEvent } from '../envelope/event-contract';
import { Topic } from '../topics';

const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** What every claim event names: the claim, the control number the payer echoes back (CLM01/CLP01) and the payer. */
const claim = z.object({
  claimId: z.string().uuid(),
  visitId: z.string().uuid(),
  patientId: z.string().uuid(),
  patientControlNumber: z.string().min(1).max(38),
  /** The payer's electronic id, as sent in the claim. */
  payerId: z.string().min(1),
});

const submission = claim.extend({
  /** A tertiary claim is left out of v1, whose consumers know two ranks; v2 names it. */
  responsibility: z.enum(['primary', 'secondary']),
  dateOfService: calendarDate,
  chargeIds: z.array(z.string().uuid()).min(1).max(50),
  totalChargeMinor: z.number().int().nonnegative(),
  currency: z.enum(currencies),
});

/** The claim left for the clearinghouse, with the charges it bills. */
export const ClaimSubmitted = defineEvent({
  type: 'claim.submitted',
  version: 1,
  topic: Topic.ClaimsClaims,
  payload: submission,
});

/** v1 for a claim to any payer, the tertiary included; announced beside v1 while its consumers remain. */
export const ClaimSubmittedV2 = defineEvent({
  type: 'claim.submitted',
  version: 2,
  topic: Topic.ClaimsClaims,
  payload: submission.extend({ responsibility: z.enum(['primary', 'secondary', 'tertiary']) }),
});

/** The payer took the claim into adjudication (277CA category A2). */
export const ClaimAccepted = defineEvent({
  type: 'claim.accepted',
  version: 1,
  topic: Topic.ClaimsClaims,
  payload: claim.extend({
    /** The payer's own number for the claim (277CA REF*1K), needed to replace or void it later. */
    payerClaimControlNumber: z.string().min(1).nullable(),
  }),
});

/** The clearinghouse (999) or the payer (277CA) refused the claim; the clerk fixes it and submits again. */
export const ClaimRejected = defineEvent({
  type: 'claim.rejected',
  version: 1,
  topic: Topic.ClaimsClaims,
  payload: claim.extend({
    reasons: z.array(z.object({ code: z.string().min(1).nullable(), message: z.string().min(1) })).min(1),
  }),
});
