import { NotFoundError, UnprocessableError } from '@praxis/platform';
import { calendarOf, ExceptionRow, WeeklyHoursRow } from '../calendar-loader';
import { BlockedTime, VisitShape } from './slot-generation';
import { LocationCalendar } from './working-windows';

type ExceptionJson = Omit<ExceptionRow, 'startsAt' | 'endsAt'> & { startsAt: string | null; endsAt: string | null };

/** What `SLOT_SEARCH_SQL` answers, as it arrives. */
export interface SlotSearchRow {
  location: { id: string; name: string; timeZone: string } | null;
  appointmentType: (VisitShape & { name: string; active: boolean }) | null;
  namedProviderExists: boolean;
  providerIds: string[];
  weeklyHours: WeeklyHoursRow[];
  exceptions: ExceptionJson[];
  /** [provider id, blocked from, blocked until] with instants as epoch milliseconds. */
  booked: Array<[string, number, number]>;
}

export interface SlotSearchContext {
  calendar: LocationCalendar;
  providerIds: string[];
  visit: VisitShape;
  booked: BlockedTime[];
}

const instant = (text: string | null): Date | null => (text === null ? null : new Date(text));

/** The same refusals, in the same order, as when each fact was its own query: location, type, then the named provider. */
export const slotSearchContextOf = (
  row: SlotSearchRow,
  query: { locationId: string; appointmentTypeId: string; providerId?: string },
): SlotSearchContext => {
  const { location, appointmentType: type } = row;
  if (!location) throw new NotFoundError('location', query.locationId);
  if (!type) throw new NotFoundError('appointment type', query.appointmentTypeId);
  if (!type.active)
    throw new UnprocessableError(`appointment type ${type.name} is no longer offered`, [
      { field: 'appointmentTypeId', message: 'inactive appointment type' },
    ]);
  if (query.providerId && !row.namedProviderExists) throw new NotFoundError('provider', query.providerId);
  const exceptions = row.exceptions.map((exception) => ({
    ...exception,
    startsAt: instant(exception.startsAt),
    endsAt: instant(exception.endsAt),
  }));
  return {
    calendar: calendarOf(location, row.weeklyHours, exceptions),
    providerIds: row.providerIds,
    visit: type,
    booked: row.booked.map(([providerId, from, until]) => ({
      providerId,
      from: new Date(Number(from)),
      until: new Date(Number(until)),
    })),
  };
};
