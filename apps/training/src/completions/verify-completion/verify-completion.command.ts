import { TenantCommand } from '@praxis/platform';

export interface VerifyCompletionCommand extends TenantCommand {
  completionId: string;
}
