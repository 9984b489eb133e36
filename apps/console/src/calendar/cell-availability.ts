import type { Appointment, AvailabilityException, Slot, WorkingHours } from './day-data';
import { clockTimeOf, instantAt, minutesOf, weekdayOf, type CalendarDate } from './wall-clock';

/** What the calendar knows of the location's hours, exceptions, visits and free starts, in its zone. */
export interface CalendarFacts {
  locationId: string;
  timeZone: string;
  /** When the facts were read, as epoch milliseconds: a start before it has passed. */
  now: number;
  workingHours: WorkingHours[];
  exceptions: AvailabilityException[];
  appointments: Appointment[];
  slots: Slot[];
}

/** Why a start cannot be booked, in the front desk's words, or the free start it can book. */
export type CellAvailability =
  | { kind: 'free'; slot: Slot }
  | { kind: 'past' | 'closed' | 'time-off' | 'not-working' | 'taken' | 'buffer' | 'no-room'; words: string };

interface OpenRange {
  from: number;
  until: number;
}

const HOLDING_TIME: ReadonlyArray<Appointment['status']> = ['booked', 'checked_in', 'completed'];

/** The service starts slots on the coarsest clock grid the shortest visit fits; the rows follow the same grid. */
export const gridStepMinutes = (shortestVisitMinutes: number | undefined): number =>
  [15, 10, 5].find((step) => (shortestVisitMinutes ?? 15) % step === 0) ?? 5;

const holidayOn = (facts: CalendarFacts, date: CalendarDate) =>
  facts.exceptions.find(
    (exception) =>
      exception.kind === 'holiday' && exception.locationId === facts.locationId && exception.fromDate === date,
  );

const timeOffAt = (facts: CalendarFacts, providerId: string, date: CalendarDate, instant: number) =>
  facts.exceptions.find((exception) => {
    if (exception.kind !== 'time_off' || exception.providerId !== providerId) return false;
    if (exception.startsAt && exception.endsAt)
      return Date.parse(exception.startsAt) <= instant && instant < Date.parse(exception.endsAt);
    return !!exception.fromDate && exception.fromDate <= date && date <= (exception.toDate ?? exception.fromDate);
  });

/** The provider's open hours at the location on a date: the weekly pattern plus any extra hours that day. */
export const openRanges = (facts: CalendarFacts, providerId: string, date: CalendarDate): OpenRange[] => {
  const weekly = facts.workingHours
    .filter((range) => range.providerId === providerId && range.locationId === facts.locationId)
    .filter((range) => range.weekday === weekdayOf(date));
  const extra = facts.exceptions
    .filter((exception) => exception.kind === 'extra_hours' && exception.providerId === providerId)
    .filter((exception) => exception.locationId === facts.locationId && exception.fromDate === date)
    .map((exception) => ({ start: exception.startTime ?? '00:00', end: exception.endTime ?? '00:00' }));
  return [...weekly, ...extra].map(({ start, end }) => ({
    from: minutesOf(start.slice(0, 5)),
    until: minutesOf(end.slice(0, 5)),
  }));
};

const heldAt = (facts: CalendarFacts, providerId: string, instant: number) =>
  facts.appointments.find(
    (visit) =>
      visit.providerId === providerId &&
      HOLDING_TIME.includes(visit.status) &&
      Date.parse(visit.blockedFrom) <= instant &&
      instant < Date.parse(visit.blockedUntil),
  );

export const availabilityAt = (
  facts: CalendarFacts,
  providerId: string,
  date: CalendarDate,
  time: string,
): CellAvailability => {
  const slot = facts.slots.find(
    (candidate) => candidate.providerId === providerId && candidate.localDate === date && candidate.localTime === time,
  );
  if (slot) return { kind: 'free', slot };
  const instant = Date.parse(instantAt(date, time, facts.timeZone));
  if (instant < facts.now) return { kind: 'past', words: 'Past' };
  const holiday = holidayOn(facts, date);
  if (holiday) return { kind: 'closed', words: `Clinic closed${holiday.reason ? `: ${holiday.reason}` : ''}` };
  const away = timeOffAt(facts, providerId, date, instant);
  if (away) return { kind: 'time-off', words: `Time off${away.reason ? `: ${away.reason}` : ''}` };
  const minute = minutesOf(time);
  if (!openRanges(facts, providerId, date).some((range) => range.from <= minute && minute < range.until))
    return { kind: 'not-working', words: 'Not working' };
  const held = heldAt(facts, providerId, instant);
  if (held && instant >= Date.parse(held.startsAt) && instant < Date.parse(held.endsAt))
    return { kind: 'taken', words: 'Taken' };
  if (held) return { kind: 'buffer', words: 'Buffer' };
  return { kind: 'no-room', words: 'No visit fits' };
};

/** Every start on the grid inside the columns' open hours, plus the starts of free slots and visits outside them. */
export const rowTimes = (
  facts: CalendarFacts,
  columns: Array<{ providerId: string; date: CalendarDate }>,
  stepMinutes: number,
  visitTimes: string[],
): string[] => {
  const times = new Set<string>([...facts.slots.map((slot) => slot.localTime), ...visitTimes]);
  for (const { providerId, date } of columns)
    for (const { from, until } of openRanges(facts, providerId, date))
      for (let minute = from; minute < until; minute += stepMinutes) times.add(clockTimeOf(minute));
  return [...times].sort();
};
