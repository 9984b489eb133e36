import { TenantCommand } from '@praxis/platform';

export type ScrubClaimCommand = TenantCommand & { claimId: string };
