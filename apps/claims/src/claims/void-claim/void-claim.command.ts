import { TenantCommand } from '@praxis/platform';
import { VoidClaimDto } from '../dto/claim.dto';

export type VoidClaimCommand = TenantCommand & VoidClaimDto & { claimId: string };
