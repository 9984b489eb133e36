import { TenantCommand } from '@praxis/platform';

export interface SubmitClaimsCommand extends TenantCommand {
  idempotencyKey?: string;
}
