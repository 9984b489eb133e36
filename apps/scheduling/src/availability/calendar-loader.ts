import { EntityManager, In } from 'typeorm';
import { ACTIVE_STATUSES, Appointment } from '../appointments/appointment.entity';
import { Location } from '../locations/location.entity';
import { AvailabilityException } from './exceptions/availability-exception.entity';
import { BlockedTime } from './slots/slot-generation';
import { LocalDate } from './slots/wall-clock';
import { ExtraHours, LocationCalendar, TimeOff } from './slots/working-windows';
import { WorkingHours } from './working-hours/working-hours.entity';

export interface LocalDateRange {
  from: LocalDate;
  to: LocalDate;
}

const wallClock = (time: string | null): string => (time ?? '').slice(0, 5);

const toTimeOff = (row: AvailabilityException): TimeOff[] => {
  if (!row.providerId) return [];
  if (row.startsAt && row.endsAt) return [{ providerId: row.providerId, startsAt: row.startsAt, endsAt: row.endsAt }];
  if (row.fromDate && row.toDate) return [{ providerId: row.providerId, fromDate: row.fromDate, toDate: row.toDate }];
  return [];
};

const toExtraHours = (row: AvailabilityException): ExtraHours[] =>
  row.providerId && row.locationId && row.fromDate
    ? [{ providerId: row.providerId, locationId: row.locationId, date: row.fromDate, start: wallClock(row.startTime), end: wallClock(row.endTime) }]
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

/** The location's calendar for these providers (at least one) over the range. */
export const loadLocationCalendar = async (
  manager: EntityManager,
  location: Location,
  providerIds: string[],
  range: LocalDateRange,
): Promise<LocationCalendar> => {
  const weekly = await manager.findBy(WorkingHours, { locationId: location.id, providerId: In(providerIds) });
  const exceptions = await exceptionsTouching(manager, location.id, providerIds, range);
  return {
    locationId: location.id,
    zone: location.timeZone,
    weeklyHours: weekly.map((row) => ({ ...row, start: wallClock(row.startTime), end: wallClock(row.endTime) })),
    extraHours: exceptions.filter((row) => row.kind === 'extra_hours').flatMap(toExtraHours),
    timeOff: exceptions.filter((row) => row.kind === 'time_off').flatMap(toTimeOff),
    closedDates: exceptions.filter((row) => row.kind === 'holiday').flatMap((row) => (row.fromDate ? [row.fromDate] : [])),
  };
};

/** Every active appointment of these providers, at any location: a provider cannot be in two places. */
export const loadBookedTime = async (manager: EntityManager, providerIds: string[], from: Date, until: Date): Promise<BlockedTime[]> => {
  if (providerIds.length === 0) return [];
  const rows = await manager
    .createQueryBuilder(Appointment, 'appointment')
    .select(['appointment.providerId', 'appointment.blockedFrom', 'appointment.blockedUntil'])
    .where('appointment.provider_id IN (:...providerIds)', { providerIds })
    .andWhere('appointment.status IN (:...statuses)', { statuses: ACTIVE_STATUSES })
    .andWhere('appointment.blocked_until > :from AND appointment.blocked_from < :until', { from, until })
    .getMany();
  return rows.map((row) => ({ providerId: row.providerId, from: row.blockedFrom, until: row.blockedUntil }));
};

/** Active providers (whose staff account is not deactivated) with hours at this location in the range. */
export const providersWorkingAt = async (manager: EntityManager, locationId: string, range: LocalDateRange): Promise<string[]> => {
  const rows: Array<{ id: string }> = await manager.query(
    `SELECT provider.id FROM providers provider
       LEFT JOIN staff_members staff ON staff.user_id = provider.user_id
      WHERE provider.active AND coalesce(staff.active, true)
        AND (EXISTS (SELECT 1 FROM working_hours hours WHERE hours.provider_id = provider.id AND hours.location_id = $1)
          OR EXISTS (SELECT 1 FROM availability_exceptions extra WHERE extra.kind = 'extra_hours' AND extra.provider_id = provider.id
                       AND extra.location_id = $1 AND extra.from_date BETWEEN $2 AND $3))
      ORDER BY provider.id`,
    [locationId, range.from, range.to],
  );
  return rows.map((row) => row.id);
};
