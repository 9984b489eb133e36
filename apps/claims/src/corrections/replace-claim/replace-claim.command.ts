import { FollowUp } from '../follow-up-claim';

export type ReplaceClaimCommand = FollowUp;
