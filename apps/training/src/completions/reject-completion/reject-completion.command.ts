import { TenantCommand } from '@praxis/platform';

export interface RejectCompletionCommand extends TenantCommand {
  completionId: string;
  reason: string;
}
