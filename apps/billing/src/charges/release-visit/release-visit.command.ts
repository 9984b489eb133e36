import { TenantCommand } from '@praxis/platform';

export interface ReleaseVisitCommand extends TenantCommand {
  visitId: string;
  idempotencyKey?: string;
}
