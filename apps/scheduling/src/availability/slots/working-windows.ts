import { DateTime, Interval } from 'luxon';
import {
  isoWeekdayOf,
  LocalDate,
  nextLocalDate,
  startOfLocalDate,
  wallClockInstant,
  WallClockTime,
} from './wall-clock';

export interface WeeklyHours {
  providerId: string;
  locationId: string;
  weekday: number;
  start: WallClockTime;
  end: WallClockTime;
}

export interface ExtraHours {
  providerId: string;
  locationId: string;
  date: LocalDate;
  start: WallClockTime;
  end: WallClockTime;
}

/** Time off is either exact instants or whole local dates, read in the zone of the location being searched. */
export type TimeOff = { providerId: string } & (
  { startsAt: Date; endsAt: Date } | { fromDate: LocalDate; toDate: LocalDate }
);

/** What decides when providers are open for visits at one location. */
export interface LocationCalendar {
  locationId: string;
  zone: string;
  weeklyHours: WeeklyHours[];
  extraHours: ExtraHours[];
  timeOff: TimeOff[];
  closedDates: LocalDate[];
}

export type ValidInterval = Interval<true>;

const validIntervals = (intervals: Interval[]): ValidInterval[] =>
  intervals.filter((interval): interval is ValidInterval => interval.isValid && !interval.isEmpty());

/** The provider's ranges at this location on that date, as written (weekly hours plus extra hours). */
export const rangesOn = (
  calendar: LocationCalendar,
  providerId: string,
  date: LocalDate,
): Array<{ start: WallClockTime; end: WallClockTime }> => {
  const weekday = isoWeekdayOf(date);
  const weekly = calendar.weeklyHours.filter(
    (hours) => hours.providerId === providerId && hours.locationId === calendar.locationId && hours.weekday === weekday,
  );
  const extra = calendar.extraHours.filter(
    (hours) => hours.providerId === providerId && hours.locationId === calendar.locationId && hours.date === date,
  );
  return [...weekly, ...extra].sort((a, b) => a.start.localeCompare(b.start));
};

export const timeOffInterval = (timeOff: TimeOff, zone: string): Interval =>
  'startsAt' in timeOff
    ? Interval.fromDateTimes(
        DateTime.fromJSDate(timeOff.startsAt, { zone }),
        DateTime.fromJSDate(timeOff.endsAt, { zone }),
      )
    : Interval.fromDateTimes(
        startOfLocalDate(timeOff.fromDate, zone),
        startOfLocalDate(nextLocalDate(timeOff.toDate), zone),
      );

export const timeOffOf = (calendar: LocationCalendar, providerId: string): ValidInterval[] =>
  validIntervals(
    calendar.timeOff
      .filter((timeOff) => timeOff.providerId === providerId)
      .map((timeOff) => timeOffInterval(timeOff, calendar.zone)),
  );

/**
 * When the provider is open for visits at this location on a local date: working hours and extra hours
 * converted wall clock by wall clock (so 09:00–17:00 stays 09:00–17:00 local on DST-change days),
 * merged, minus time off; nothing on a date the location is closed.
 */
export const openWindows = (calendar: LocationCalendar, providerId: string, date: LocalDate): ValidInterval[] => {
  if (calendar.closedDates.includes(date)) return [];
  const ranges = rangesOn(calendar, providerId, date).map(({ start, end }) =>
    Interval.fromDateTimes(wallClockInstant(date, start, calendar.zone), wallClockInstant(date, end, calendar.zone)),
  );
  const away = timeOffOf(calendar, providerId);
  return validIntervals(Interval.merge(validIntervals(ranges)).flatMap((window) => window.difference(...away)));
};
