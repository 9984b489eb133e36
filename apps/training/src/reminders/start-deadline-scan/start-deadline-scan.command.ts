import { TenantCommand } from '@praxis/platform';

export type StartDeadlineScanCommand = TenantCommand;
