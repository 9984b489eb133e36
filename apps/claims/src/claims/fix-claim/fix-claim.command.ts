import { TenantCommand } from '@praxis/platform';
import { FixClaimDto } from '../dto/claim.dto';

export type FixClaimCommand = TenantCommand & FixClaimDto & { claimId: string };
