import { ClaimAdjudicationReversed, PayloadOf } from '@praxis/contracts';

export interface ReverseAdjudicationCommand {
  tenantId: string;
  reversal: PayloadOf<typeof ClaimAdjudicationReversed>;
  now: Date;
}
