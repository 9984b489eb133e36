import { useLocations } from '../calendar/day-data';
import { clockTimeIn, dateIn, spokenDate, spokenTime } from '../calendar/wall-clock';

/**
 * An instant on a location's clock, whatever zone the browser is in; without one named (a file sent for the whole
 * clinic), on the clock of the clinic's first location.
 */
export const useClinicClock = (locationId?: string) => {
  const locations = useLocations().data ?? [];
  const timeZone = (locations.find(({ id }) => id === locationId) ?? locations[0])?.timeZone ?? 'UTC';
  return (instant: string): string =>
    `${spokenDate(dateIn(instant, timeZone))}, ${spokenTime(clockTimeIn(instant, timeZone))}`;
};
