import { DateTime } from 'luxon';
import { LocalDate, localDatesBetween } from './wall-clock';
import { InstantPresenter, presenterFor } from './wall-clock-presenter';
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
export const slotStepMinutes = (durationMinutes: number): number =>
  [15, 10, 5].find((step) => durationMinutes % step === 0) ?? 5;

/** The first instant at or after `instant` whose local minute lies on the step grid (03:07 → 03:15 for 15). */
const alignToGrid = (instant: DateTime, stepMinutes: number): DateTime => {
  const whole =
    instant.second > 0 || instant.millisecond > 0 ? instant.startOf('minute').plus({ minutes: 1 }) : instant;
  const misalignment = whole.minute % stepMinutes;
  return misalignment === 0 ? whole : whole.plus({ minutes: stepMinutes - misalignment });
};

/** The grid times either side of a start on a zone's wall clock; both are the start itself when it lies on the grid. */
export const slotGridAround = (
  startsAt: Date,
  timeZone: string,
  durationMinutes: number,
): { stepMinutes: number; onGrid: boolean; before: DateTime; after: DateTime } => {
  const stepMinutes = slotStepMinutes(durationMinutes);
  const local = DateTime.fromJSDate(startsAt, { zone: timeZone });
  const after = alignToGrid(local, stepMinutes);
  const onGrid = after.toMillis() === local.toMillis();
  return { stepMinutes, onGrid, before: onGrid ? after : after.minus({ minutes: stepMinutes }), after };
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
const isFree = (startMs: number, visit: VisitShape, booked: HeldRange[]): boolean => {
  const from = startMs - visit.bufferBeforeMinutes * MINUTE_MS;
  const until = startMs + (visit.durationMinutes + visit.bufferAfterMinutes) * MINUTE_MS;
  return !booked.some((held) => held.from < until && from < held.until);
};

/**
 * Visit starts inside one open window, stepping in elapsed time so a DST jump neither repeats nor skips a slot.
 * Plain milliseconds: a zoned date-time per candidate cost a time-zone lookup each and dominated slot search.
 */
const startsWithin = (window: ValidInterval, visit: VisitShape): number[] => {
  const stepMinutes = slotStepMinutes(visit.durationMinutes);
  const lengthMs = visit.durationMinutes * MINUTE_MS;
  const endMs = window.end.toMillis();
  const starts: number[] = [];
  for (
    let start = alignToGrid(window.start, stepMinutes).toMillis();
    start + lengthMs <= endMs;
    start += stepMinutes * MINUTE_MS
  )
    starts.push(start);
  return starts;
};

/** A free start, written out as a slot only if it makes the page. */
interface FreeStart {
  start: number;
  providerId: string;
  present: InstantPresenter;
}

const toSlot =
  (locationId: string, durationMinutes: number) =>
  ({ start, providerId, present }: FreeStart): Slot => {
    const reading = present(start);
    return {
      providerId,
      locationId,
      startsAt: reading.iso,
      endsAt: present(start + durationMinutes * MINUTE_MS).iso,
      localDate: reading.localDate,
      localTime: reading.localTime,
    };
  };

const freeStartsOf = (search: SlotSearch, providerId: string, date: LocalDate, booked: HeldRange[]): FreeStart[] => {
  const notBefore = search.notBefore.getTime();
  return openWindows(search.calendar, providerId, date).flatMap((window) => {
    const present = presenterFor(window);
    return startsWithin(window, search.visit)
      .filter((start) => start >= notBefore && isFree(start, search.visit, booked))
      .map((start) => ({ start, providerId, present }));
  });
};

/** Free slots, earliest first (ties by provider), for every provider and local date in the range. Pure: no I/O, no clock. */
export const generateSlots = (search: SlotSearch): Slot[] => {
  const heldBy = new Map(
    search.providerIds.map((providerId) => [
      providerId,
      search.booked
        .filter((held) => held.providerId === providerId)
        .map((held) => ({ from: held.from.getTime(), until: held.until.getTime() })),
    ]),
  );
  const found = localDatesBetween(search.from, search.to).flatMap((date) =>
    search.providerIds.flatMap((providerId) => freeStartsOf(search, providerId, date, heldBy.get(providerId) ?? [])),
  );
  found.sort((a, b) => a.start - b.start || a.providerId.localeCompare(b.providerId));
  const page = search.limit === undefined ? found : found.slice(0, search.limit);
  return page.map(toSlot(search.calendar.locationId, search.visit.durationMinutes));
};
