import { TenantCommand } from '@praxis/platform';

/** Hours on one local date beyond the provider's weekly ones, in the location's wall-clock time. */
export interface AddExtraHoursCommand extends TenantCommand {
  providerId: string;
  locationId: string;
  date: string;
  start: string;
  end: string;
  reason?: string;
}
