import { TenantCommand } from '@praxis/platform';

/** A local date on which the whole location is closed. */
export interface AddHolidayCommand extends TenantCommand {
  locationId: string;
  date: string;
  reason?: string;
}
