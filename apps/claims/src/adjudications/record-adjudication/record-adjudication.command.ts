import { ClaimAdjudicated, PayloadOf } from '@praxis/contracts';

export interface RecordAdjudicationCommand {
  tenantId: string;
  adjudication: PayloadOf<typeof ClaimAdjudicated>;
  now: Date;
}
