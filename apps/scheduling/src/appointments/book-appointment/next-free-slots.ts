import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@praxis/tenancy';
import { DateTime } from 'luxon';
import { AvailabilityCalendar, Slot } from '../../availability/availability-calendar';
import { LocationDirectory } from '../../locations/location-directory';
import { FreeSlot } from '../appointment-errors';

export interface WantedVisit {
  providerId: string;
  locationId: string;
  appointmentTypeId: string;
  startsAt: string;
}

const SUGGESTIONS = 5;
const SEARCH_DAYS = 14;

/** What a 409 offers instead: the provider's next free slots from the requested time on. */
@Injectable()
export class NextFreeSlots {
  constructor(
    private readonly calendar: AvailabilityCalendar,
    private readonly transactions: TenantTransactions,
    private readonly locations: LocationDirectory,
  ) {}

  /** The requested day usually has room; the following two weeks are searched only when it does not. */
  async after(wanted: WantedVisit): Promise<FreeSlot[]> {
    const requested = DateTime.fromISO(wanted.startsAt, { setZone: true });
    const sameDay = await this.search(wanted, requested, requested);
    const later =
      sameDay.length >= SUGGESTIONS
        ? []
        : await this.search(wanted, requested.plus({ days: 1 }), requested.plus({ days: SEARCH_DAYS }));
    const { timeZone } = await this.transactions.run((manager) => this.locations.get(manager, wanted.locationId));
    return [...sameDay, ...later].slice(0, SUGGESTIONS).map((slot) => ({ ...slot, timeZone }));
  }

  private async search(wanted: WantedVisit, from: DateTime, to: DateTime): Promise<Slot[]> {
    const slots = await this.calendar.findSlots({
      appointmentTypeId: wanted.appointmentTypeId,
      locationId: wanted.locationId,
      providerId: wanted.providerId,
      from: from.toISODate() ?? '',
      to: to.toISODate() ?? '',
    });
    const requestedAt = Date.parse(wanted.startsAt);
    return slots.filter((slot) => Date.parse(slot.startsAt) >= requestedAt).slice(0, SUGGESTIONS);
  }
}
