import { TenantCommand } from '@praxis/platform';

export interface StartStatementRunCommand extends TenantCommand {
  idempotencyKey?: string;
}
