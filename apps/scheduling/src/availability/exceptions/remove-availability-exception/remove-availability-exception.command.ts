import { TenantCommand } from '@praxis/platform';

export interface RemoveAvailabilityExceptionCommand extends TenantCommand {
  exceptionId: string;
}
