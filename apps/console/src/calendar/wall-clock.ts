import { DateTime } from 'luxon';

/**
 * Dates and times on the location's wall clock, whatever zone the browser is in: a front desk in one city may book for a
 * clinic in another, and the visit must show at the hour the patient will walk in.
 */
export type CalendarDate = string; // YYYY-MM-DD

export const todayIn = (timeZone: string, now: Date): CalendarDate =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

export const addDays = (date: CalendarDate, days: number): CalendarDate => {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
};

/** `HH:mm` on the zone's clock, the key the day grid's rows are sorted by. */
export const clockTimeIn = (instant: string, timeZone: string): string =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(instant),
  );

/** `09:30` → `9:30 AM`, as the front desk reads a clock. */
export const spokenTime = (clockTime: string): string => {
  const [hour, minute] = clockTime.split(':').map(Number);
  return new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, 0, 1, hour, minute)),
  );
};

export const spokenDate = (date: CalendarDate): string =>
  new Intl.DateTimeFormat('en-US', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));

/** The instant a wall-clock time on a date has at the zone, with its UTC offset, as the API wants a start. */
export const instantAt = (date: CalendarDate, clockTime: string, timeZone: string): string =>
  DateTime.fromISO(`${date}T${clockTime}`, { zone: timeZone }).toISO({ suppressMilliseconds: true }) ?? '';

export const dateIn = (instant: string, timeZone: string): CalendarDate => todayIn(timeZone, new Date(instant));

/** ISO weekday of a calendar date: 1 is Monday, 7 is Sunday, as working hours name them. */
export const weekdayOf = (date: CalendarDate): number => DateTime.fromISO(date, { zone: 'utc' }).weekday;

/** Monday to Sunday of the week holding the date, as the schedule's week view cuts it. */
export const weekOf = (date: CalendarDate): CalendarDate[] => {
  const monday = addDays(date, 1 - weekdayOf(date));
  return [0, 1, 2, 3, 4, 5, 6].map((offset) => addDays(monday, offset));
};

export const minutesOf = (clockTime: string): number => {
  const [hour, minute] = clockTime.split(':').map(Number);
  return hour * 60 + minute;
};

export const clockTimeOf = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export const shortDate = (date: CalendarDate): string =>
  new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
