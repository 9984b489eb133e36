import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError, UnprocessableError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { AppointmentType } from '../appointment-types/appointment-type.entity';
import { LocationDirectory } from '../locations/location-directory';
import { ProviderDirectory } from '../providers/provider-directory';
import { Location } from '../locations/location.entity';
import { localDateOf, ProposedVisit, unbookableReason } from './bookable-hours';
import { loadBookedTime, loadLocationCalendar, providersWorkingAt } from './calendar-loader';
import { parseSearchRange } from './slots/search-range';
import { generateSlots, Slot } from './slots/slot-generation';
import { formatWithOffset, nextLocalDate, startOfLocalDate } from './slots/wall-clock';

export type { Slot } from './slots/slot-generation';

export interface SlotQuery {
  appointmentTypeId: string;
  locationId: string;
  /** Omitted: every active provider with hours at the location. */
  providerId?: string;
  /** Local dates in the location's zone, both inclusive, at most 31 days apart. */
  from: string;
  to: string;
  limit?: number;
  /** Present slot times in this zone instead of the location's (the range is still the location's dates). */
  timeZone?: string;
}

const presentIn = (zone: string) => (slot: Slot): Slot => {
  const start = DateTime.fromISO(slot.startsAt).setZone(zone);
  return { ...slot, startsAt: formatWithOffset(start), endsAt: formatWithOffset(DateTime.fromISO(slot.endsAt).setZone(zone)), localDate: start.toISODate() ?? '', localTime: start.toFormat('HH:mm') };
};

/** When providers can be booked: free slots for the front desk, and the check a visit must pass before it is written. */
@Injectable()
export class AvailabilityCalendar {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly providers: ProviderDirectory,
    private readonly locations: LocationDirectory,
    private readonly clock: Clock,
  ) {}

  /** Runs in its own transaction for the current tenant, or in the caller's when given its manager. */
  findSlots(query: SlotQuery, manager?: EntityManager): Promise<Slot[]> {
    const range = parseSearchRange(query.from, query.to);
    const search = (work: EntityManager) => this.search(work, { ...query, ...range });
    return manager ? search(manager) : this.transactions.run(search);
  }

  /** Null when the visit lies inside the provider's open hours at the location (after exceptions); else why not. */
  async unbookableReason(manager: EntityManager, visit: ProposedVisit & { location: Location }): Promise<string | null> {
    const date = localDateOf(visit.startsAt, visit.location.timeZone);
    const calendar = await loadLocationCalendar(manager, visit.location, [visit.provider.id], { from: date, to: date });
    return unbookableReason(calendar, visit);
  }

  private async search(manager: EntityManager, query: SlotQuery): Promise<Slot[]> {
    const location = await this.locations.get(manager, query.locationId);
    const type = await this.bookableType(manager, query.appointmentTypeId);
    const providerIds = await this.providersToSearch(manager, query);
    if (providerIds.length === 0) return [];
    const range = { from: query.from, to: query.to };
    const calendar = await loadLocationCalendar(manager, location, providerIds, range);
    const rangeStart = startOfLocalDate(range.from, location.timeZone).minus({ minutes: type.bufferAfterMinutes });
    const rangeEnd = startOfLocalDate(nextLocalDate(range.to), location.timeZone).plus({ minutes: type.bufferBeforeMinutes });
    const booked = await loadBookedTime(manager, providerIds, rangeStart.toJSDate(), rangeEnd.toJSDate());
    const slots = generateSlots({ calendar, providerIds, ...range, visit: type, booked, notBefore: this.clock.now(), limit: query.limit });
    return query.timeZone ? slots.map(presentIn(query.timeZone)) : slots;
  }

  private async bookableType(manager: EntityManager, appointmentTypeId: string): Promise<AppointmentType> {
    const type = await manager.findOneBy(AppointmentType, { id: appointmentTypeId });
    if (!type) throw new NotFoundError('appointment type', appointmentTypeId);
    if (!type.active) throw new UnprocessableError(`appointment type ${type.name} is no longer offered`, [{ field: 'appointmentTypeId', message: 'inactive appointment type' }]);
    return type;
  }

  private async providersToSearch(manager: EntityManager, query: SlotQuery): Promise<string[]> {
    if (!query.providerId) return providersWorkingAt(manager, query.locationId, { from: query.from, to: query.to });
    const provider = await this.providers.get(manager, query.providerId);
    return provider.active ? [provider.id] : [];
  }
}
