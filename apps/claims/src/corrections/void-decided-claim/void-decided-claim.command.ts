import { FollowUp } from '../follow-up-claim';

export type VoidDecidedClaimCommand = FollowUp;
