import { EntityManager, In } from 'typeorm';
import { Location } from '../locations/location.entity';
import { AvailabilityException } from './exceptions/availability-exception.entity';
import { LocalDate } from './slots/wall-clock';
import { ExtraHours, LocationCalendar, TimeOff } from './slots/working-windows';
import { WorkingHours } from './working-hours/working-hours.entity';

export interface LocalDateRange {
  from: LocalDate;
  to: LocalDate;
}

const wallClock = (time: string | null): string => (time ?? '').slice(0, 5);

const toTimeOff = (row: ExceptionRow): TimeOff[] => {
  if (!row.providerId) return [];
  if (row.startsAt && row.endsAt) return [{ providerId: row.providerId, startsAt: row.startsAt, endsAt: row.endsAt }];
  if (row.fromDate && row.toDate) return [{ providerId: row.providerId, fromDate: row.fromDate, toDate: row.toDate }];
  return [];
};

const toExtraHours = (row: ExceptionRow): ExtraHours[] =>
  row.providerId && row.locationId && row.fromDate
    ? [
        {
          providerId: row.providerId,
          locationId: row.locationId,
          date: row.fromDate,
          start: wallClock(row.startTime),
          end: wallClock(row.endTime),
        },
      ]
    : [];

/**
 * Exceptions that can touch the range. Instant-based time off is fetched with a day's margin either side,
 * which covers every UTC offset; the slot generator clips precisely.
 */
const exceptionsTouching = (manager: EntityManager, locationId: string, providerIds: string[], range: LocalDateRange) =>
  manager
    .createQueryBuilder(AvailabilityException, 'exception')
    .where(
      `(exception.kind = 'holiday' AND exception.location_id = :locationId AND exception.from_date BETWEEN :from AND :to)
       OR (exception.provider_id IN (:...providerIds) AND (
         (exception.kind = 'extra_hours' AND exception.location_id = :locationId AND exception.from_date BETWEEN :from AND :to)
         OR (exception.kind = 'time_off' AND exception.from_date <= :to AND exception.to_date >= :from)
         OR (exception.kind = 'time_off' AND exception.starts_at < CAST(:to AS date) + 2 AND exception.ends_at > CAST(:from AS date) - 1)))`,
      { locationId, providerIds, ...range },
    )
    .getMany();

/** Working hours and exceptions as the tables hold them, read by property name (entities or plain rows alike). */
export type WeeklyHoursRow = Pick<WorkingHours, 'providerId' | 'locationId' | 'weekday' | 'startTime' | 'endTime'>;
export type ExceptionRow = Pick<
  AvailabilityException,
  'kind' | 'providerId' | 'locationId' | 'startsAt' | 'endsAt' | 'fromDate' | 'toDate' | 'startTime' | 'endTime'
>;

/** The calendar those rows make at a location: shared by slot search and by booking's single read. */
export const calendarOf = (
  location: Pick<Location, 'id' | 'timeZone'>,
  weekly: WeeklyHoursRow[],
  exceptions: ExceptionRow[],
): LocationCalendar => ({
  locationId: location.id,
  zone: location.timeZone,
  weeklyHours: weekly.map((row) => ({
    providerId: row.providerId,
    locationId: row.locationId,
    weekday: row.weekday,
    start: wallClock(row.startTime),
    end: wallClock(row.endTime),
  })),
  extraHours: exceptions.filter((row) => row.kind === 'extra_hours').flatMap(toExtraHours),
  timeOff: exceptions.filter((row) => row.kind === 'time_off').flatMap(toTimeOff),
  closedDates: exceptions
    .filter((row) => row.kind === 'holiday')
    .flatMap((row) => (row.fromDate ? [row.fromDate] : [])),
});

/** The location's calendar for these providers (at least one) over the range. */
export const loadLocationCalendar = async (
  manager: EntityManager,
  location: Location,
  providerIds: string[],
  range: LocalDateRange,
): Promise<LocationCalendar> => {
  const weekly = await manager.findBy(WorkingHours, { locationId: location.id, providerId: In(providerIds) });
  const exceptions = await exceptionsTouching(manager, location.id, providerIds, range);
  return calendarOf(location, weekly, exceptions);
};
