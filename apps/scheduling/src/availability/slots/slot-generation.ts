import { DateTime } from 'luxon';
import { formatWithOffset, LocalDate, localDatesBetween } from './wall-clock';
import { LocationCalendar, openWindows, ValidInterval } from './working-windows';

export interface VisitShape {
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
}

/** Time a provider already holds: an active appointment's [blocked_from, blocked_until). */
export interface BlockedTime {
  providerId: string;
  from: Date;
  until: Date;
}

export interface SlotSearch {
  calendar: LocationCalendar;
  providerIds: string[];
  from: LocalDate;
  to: LocalDate;
  visit: VisitShape;
  booked: BlockedTime[];
  notBefore: Date;
  limit?: number;
}

export interface Slot {
  providerId: string;
  locationId: string;
  startsAt: string;
  endsAt: string;
  localDate: LocalDate;
  localTime: string;
}

/**
 * Slots start on the coarsest clock grid the visit length fits: every 15 minutes for 15/30/45/60-minute
 * visits, every 10 for 10/20/50, every 5 otherwise — so back-to-back visits leave no unusable gaps.
 */
export const slotStepMinutes = (durationMinutes: number): number => [15, 10, 5].find((step) => durationMinutes % step === 0) ?? 5;

/** The first instant at or after `instant` whose local minute lies on the step grid (03:07 → 03:15 for 15). */
const alignToGrid = (instant: DateTime, stepMinutes: number): DateTime => {
  const whole = instant.second > 0 || instant.millisecond > 0 ? instant.startOf('minute').plus({ minutes: 1 }) : instant;
  const misalignment = whole.minute % stepMinutes;
  return misalignment === 0 ? whole : whole.plus({ minutes: stepMinutes - misalignment });
};

/** Visit starts inside one open window, stepping in elapsed time so a DST jump neither repeats nor skips a slot. */
const startsWithin = (window: ValidInterval, visit: VisitShape): DateTime[] => {
  const step = slotStepMinutes(visit.durationMinutes);
  const starts: DateTime[] = [];
  for (let start = alignToGrid(window.start, step); start.plus({ minutes: visit.durationMinutes }) <= window.end; start = start.plus({ minutes: step })) {
    starts.push(start);
  }
  return starts;
};

interface HeldRange {
  from: number;
  until: number;
}

const MINUTE_MS = 60_000;

/**
 * The visit must lie inside working hours; its buffers need only stay clear of other appointments' blocked time.
 * Compared as epoch milliseconds: this runs for every candidate start against every booking, so it stays cheap.
 */
const isFree = (start: DateTime, visit: VisitShape, booked: HeldRange[]): boolean => {
  const from = start.toMillis() - visit.bufferBeforeMinutes * MINUTE_MS;
  const until = start.toMillis() + (visit.durationMinutes + visit.bufferAfterMinutes) * MINUTE_MS;
  return !booked.some((held) => held.from < until && from < held.until);
};

const toSlot = (providerId: string, locationId: string, start: DateTime, durationMinutes: number): Slot => ({
  providerId,
  locationId,
  startsAt: formatWithOffset(start),
  endsAt: formatWithOffset(start.plus({ minutes: durationMinutes })),
  localDate: start.toISODate() ?? '',
  localTime: start.toFormat('HH:mm'),
});

const slotsOf = (search: SlotSearch, providerId: string, date: LocalDate, booked: HeldRange[]): Array<{ start: DateTime; slot: Slot }> => {
  const { calendar, visit } = search;
  const notBefore = DateTime.fromJSDate(search.notBefore);
  return openWindows(calendar, providerId, date)
    .flatMap((window) => startsWithin(window, visit))
    .filter((start) => start >= notBefore && isFree(start, visit, booked))
    .map((start) => ({ start, slot: toSlot(providerId, calendar.locationId, start, visit.durationMinutes) }));
};

/** Free slots, earliest first (ties by provider), for every provider and local date in the range. Pure: no I/O, no clock. */
export const generateSlots = (search: SlotSearch): Slot[] => {
  const heldBy = new Map(
    search.providerIds.map((providerId) => [
      providerId,
      search.booked.filter((held) => held.providerId === providerId).map((held) => ({ from: held.from.getTime(), until: held.until.getTime() })),
    ]),
  );
  const found = localDatesBetween(search.from, search.to).flatMap((date) =>
    search.providerIds.flatMap((providerId) => slotsOf(search, providerId, date, heldBy.get(providerId) ?? [])),
  );
  found.sort((a, b) => a.start.toMillis() - b.start.toMillis() || a.slot.providerId.localeCompare(b.slot.providerId));
  const slots = found.map(({ slot }) => slot);
  return search.limit === undefined ? slots : slots.slice(0, search.limit);
};
