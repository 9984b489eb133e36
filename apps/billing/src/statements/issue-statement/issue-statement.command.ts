import { TenantCommand } from '@praxis/platform';

export interface IssueStatementCommand extends TenantCommand {
  patientId: string;
  force?: boolean;
  idempotencyKey?: string;
}
