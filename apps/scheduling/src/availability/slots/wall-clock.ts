import { DateTime } from 'luxon';

/** ISO local date (YYYY-MM-DD) and wall-clock time (HH:mm), both read in a location's IANA zone. */
export type LocalDate = string;
export type WallClockTime = string;

/**
 * The instant a wall-clock reading names in a zone, by RFC 5545 §3.3.5 (what calendar apps agree on):
 * - a time skipped by a spring-forward gap is read with the offset before the gap, so 02:30 on
 *   2026-03-08 in America/Chicago is 03:30 CDT (one hour later on the clock, the same elapsed time);
 * - a time that occurs twice at a fall-back is its first occurrence, so 01:30 on 2026-11-01 is 01:30 CDT.
 */
export const wallClockInstant = (date: LocalDate, time: WallClockTime, zone: string): DateTime => {
  const { year, month, day } = DateTime.fromISO(date, { zone: 'utc' });
  const [hour, minute] = time.split(':').map(Number);
  const resolved = DateTime.fromObject({ year, month, day, hour, minute }, { zone });
  const [firstOccurrence] = resolved.getPossibleOffsets().sort((a, b) => a.toMillis() - b.toMillis());
  return firstOccurrence ?? resolved;
};

export const startOfLocalDate = (date: LocalDate, zone: string): DateTime =>
  DateTime.fromISO(date, { zone }).startOf('day');

export const isoWeekdayOf = (date: LocalDate): number => DateTime.fromISO(date, { zone: 'utc' }).weekday;

export const nextLocalDate = (date: LocalDate): LocalDate =>
  DateTime.fromISO(date, { zone: 'utc' }).plus({ days: 1 }).toISODate() ?? date;

export const localDatesBetween = (from: LocalDate, to: LocalDate): LocalDate[] => {
  const dates: LocalDate[] = [];
  for (let date = from; date <= to; date = nextLocalDate(date)) dates.push(date);
  return dates;
};

export const formatWithOffset = (instant: DateTime): string =>
  instant.toISO({ suppressMilliseconds: true }) ?? instant.toString();
