import { DateTime, Interval } from 'luxon';
import { LocalDate } from './slots/wall-clock';
import { LocationCalendar, openWindows, rangesOn, timeOffOf } from './slots/working-windows';

export interface ProposedVisit {
  provider: { id: string; displayName: string; active: boolean };
  location: { name: string; timeZone: string };
  startsAt: Date;
  endsAt: Date;
}

/** The local date a visit falls on at its location: the one date of the calendar booking needs. */
export const localDateOf = (startsAt: Date, timeZone: string): LocalDate =>
  DateTime.fromJSDate(startsAt, { zone: timeZone }).toISODate() ?? '';

const explain = (
  calendar: LocationCalendar,
  { provider, location }: ProposedVisit,
  date: LocalDate,
  proposed: Interval,
): string => {
  if (calendar.closedDates.includes(date)) return `${location.name} is closed on ${date}`;
  if (timeOffOf(calendar, provider.id).some((away) => away.overlaps(proposed)))
    return `${provider.displayName} has time off then`;
  const ranges = rangesOn(calendar, provider.id, date).map(({ start, end }) => `${start}–${end}`);
  const hours = ranges.length > 0 ? ranges.join(', ') : 'no hours that day';
  return `outside ${provider.displayName}'s working hours at ${location.name} on ${date} (${hours})`;
};

/**
 * Null when the visit lies inside the provider's open hours at the location (after exceptions); else why not.
 * Pure: the caller loads the calendar of the visit's local date, in whatever query suits it.
 */
export const unbookableReason = (calendar: LocationCalendar, visit: ProposedVisit): string | null => {
  const { provider, location } = visit;
  if (!provider.active) return `${provider.displayName} is not taking appointments`;
  const date = localDateOf(visit.startsAt, location.timeZone);
  const proposed = Interval.fromDateTimes(visit.startsAt, visit.endsAt);
  if (openWindows(calendar, provider.id, date).some((window) => window.engulfs(proposed))) return null;
  return explain(calendar, visit, date, proposed);
};
