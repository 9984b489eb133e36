import { DateTime, Zone } from 'luxon';
import { formatWithOffset, LocalDate, WallClockTime } from './wall-clock';
import { ValidInterval } from './working-windows';

/** An instant as the front desk reads it in the location's zone. */
export interface WallClockReading {
  /** ISO 8601 with the zone's offset, exactly as `formatWithOffset` writes it. */
  iso: string;
  localDate: LocalDate;
  localTime: WallClockTime;
}

export type InstantPresenter = (epochMs: number) => WallClockReading;

const MINUTE_MS = 60_000;
const twoDigits = (value: number): string => String(value).padStart(2, '0');

/** luxon's spelling of an offset: Z only for a fixed zero-offset zone (UTC), ±HH:MM otherwise. */
const offsetSuffix = (offsetMinutes: number, fixedZone: boolean): string => {
  if (fixedZone && offsetMinutes === 0) return 'Z';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  return `${sign}${twoDigits(Math.trunc(absolute / 60))}:${twoDigits(absolute % 60)}`;
};

const readWithLuxon =
  (zone: Zone | string): InstantPresenter =>
  (epochMs) => {
    const instant = DateTime.fromMillis(epochMs, { zone });
    return {
      iso: formatWithOffset(instant),
      localDate: instant.toISODate() ?? '',
      localTime: instant.toFormat('HH:mm'),
    };
  };

/** One instant on a zone's wall clock, for a lone instant (a visit's start) rather than a window's run of slots. */
export const readInstant = (instant: Date, timeZone: string): WallClockReading =>
  readWithLuxon(timeZone)(instant.getTime());

/**
 * Reads instants inside one open window. A window lies within one local date, and zones change offset at most
 * once in such a span, so when both ends share an offset every instant between them has it too: the reading is
 * then plain arithmetic instead of a time-zone lookup per slot, which is what made a month's search slow.
 * Slots start on whole minutes, so seconds are always :00 and milliseconds never shown.
 */
export const presenterFor = (window: ValidInterval): InstantPresenter => {
  const offsetMinutes = window.start.offset;
  if (window.end.offset !== offsetMinutes) return readWithLuxon(window.start.zone);
  const suffix = offsetSuffix(offsetMinutes, window.start.zone.isUniversal);
  return (epochMs) => {
    const local = new Date(epochMs + offsetMinutes * MINUTE_MS);
    const localDate = `${String(local.getUTCFullYear()).padStart(4, '0')}-${twoDigits(local.getUTCMonth() + 1)}-${twoDigits(local.getUTCDate())}`;
    const localTime = `${twoDigits(local.getUTCHours())}:${twoDigits(local.getUTCMinutes())}`;
    const seconds = local.getUTCSeconds();
    const milliseconds = local.getUTCMilliseconds();
    if (seconds !== 0 || milliseconds !== 0) return readWithLuxon(window.start.zone)(epochMs);
    return { iso: `${localDate}T${localTime}:00${suffix}`, localDate, localTime };
  };
};
