import { TenantCommand } from '@praxis/platform';

export type RemovePayerCommand = TenantCommand & { payerId: string };
