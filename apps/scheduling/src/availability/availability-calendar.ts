import { Injectable } from '@nestjs/common';
import { Clock } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { Location } from '../locations/location.entity';
import { localDateOf, ProposedVisit, unbookableReason } from './bookable-hours';
import { loadLocationCalendar } from './calendar-loader';
import { parseSearchRange } from './slots/search-range';
import { generateSlots, Slot } from './slots/slot-generation';
import { SLOT_SEARCH_SQL } from './slots/slot-search.sql';
import { slotSearchContextOf } from './slots/slot-search-context';
import { formatWithOffset } from './slots/wall-clock';

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

const presentIn =
  (zone: string) =>
  (slot: Slot): Slot => {
    const start = DateTime.fromISO(slot.startsAt).setZone(zone);
    return {
      ...slot,
      startsAt: formatWithOffset(start),
      endsAt: formatWithOffset(DateTime.fromISO(slot.endsAt).setZone(zone)),
      localDate: start.toISODate() ?? '',
      localTime: start.toFormat('HH:mm'),
    };
  };

/** When providers can be booked: free slots for the front desk, and the check a visit must pass before it is written. */
@Injectable()
export class AvailabilityCalendar {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly clock: Clock,
  ) {}

  /** Runs in its own transaction for the current tenant, or in the caller's when given its manager. */
  findSlots(query: SlotQuery, manager?: EntityManager): Promise<Slot[]> {
    const range = parseSearchRange(query.from, query.to);
    const search = (work: EntityManager) => this.search(work, { ...query, ...range });
    return manager ? search(manager) : this.transactions.run(search);
  }

  /** Null when the visit lies inside the provider's open hours at the location (after exceptions); else why not. */
  async unbookableReason(
    manager: EntityManager,
    visit: ProposedVisit & { location: Location },
  ): Promise<string | null> {
    const date = localDateOf(visit.startsAt, visit.location.timeZone);
    const calendar = await loadLocationCalendar(manager, visit.location, [visit.provider.id], { from: date, to: date });
    return unbookableReason(calendar, visit);
  }

  private async search(manager: EntityManager, query: SlotQuery): Promise<Slot[]> {
    const [row] = await manager.query(SLOT_SEARCH_SQL, [
      query.locationId,
      query.appointmentTypeId,
      query.providerId ?? null,
      query.from,
      query.to,
    ]);
    const { calendar, providerIds, visit, booked } = slotSearchContextOf(row, query);
    if (providerIds.length === 0) return [];
    const slots = generateSlots({
      calendar,
      providerIds,
      from: query.from,
      to: query.to,
      visit,
      booked,
      notBefore: this.clock.now(),
      limit: query.limit,
    });
    return query.timeZone ? slots.map(presentIn(query.timeZone)) : slots;
  }
}
