import { TenantCommand } from '@praxis/platform';

export interface WeeklyRange {
  /** ISO weekday: 1 is Monday, 7 is Sunday. */
  weekday: number;
  /** Wall-clock HH:mm in the location's zone. */
  start: string;
  end: string;
}

/** The provider's whole week at this location; an empty list clears it. */
export interface ReplaceWorkingHoursCommand extends TenantCommand {
  providerId: string;
  locationId: string;
  hours: WeeklyRange[];
}
