import { Injectable } from '@nestjs/common';
import { RequestValidationError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager, Not } from 'typeorm';
import { LocationDirectory } from '../../../locations/location-directory';
import { ProviderDirectory } from '../../../providers/provider-directory';
import { isoWeekdayOf } from '../../slots/wall-clock';
import { rangesOverlap, toView, WorkingHoursClashError } from '../../working-hours/weekly-hours';
import { WorkingHours } from '../../working-hours/working-hours.entity';
import { AvailabilityException } from '../availability-exception.entity';
import { AddExtraHoursCommand } from './add-extra-hours.command';

@Injectable()
export class AddExtraHours {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly providers: ProviderDirectory,
    private readonly locations: LocationDirectory,
  ) {}

  execute(command: AddExtraHoursCommand): Promise<AvailabilityException> {
    if (command.start >= command.end)
      throw new RequestValidationError([{ field: 'end', message: 'end must be after start' }]);
    const { tenantId, providerId, locationId, date, start, end, reason } = command;
    return this.transactions.run(async (manager) => {
      // Locking the provider serialises this with edits of the weekly hours, as replacing them does.
      await this.providers.get(manager, providerId, { lock: true });
      await this.locations.require(manager, locationId);
      await this.refuseClashesElsewhere(manager, command);
      const extra = manager.create(AvailabilityException, {
        tenantId,
        kind: 'extra_hours',
        providerId,
        locationId,
        fromDate: date,
        toDate: date,
        startTime: start,
        endTime: end,
        reason: reason ?? null,
      });
      return manager.save(extra);
    });
  }

  /** Extra hours at one location may not overlap the provider's hours at another on that date. */
  private async refuseClashesElsewhere(manager: EntityManager, request: AddExtraHoursCommand): Promise<void> {
    const { providerId, locationId, date } = request;
    const weekly = await manager.findBy(WorkingHours, {
      providerId,
      locationId: Not(locationId),
      weekday: isoWeekdayOf(date),
    });
    const extra = await manager.findBy(AvailabilityException, {
      kind: 'extra_hours',
      providerId,
      locationId: Not(locationId),
      fromDate: date,
    });
    const elsewhere = [
      ...weekly.map(toView),
      ...extra.map((row) => ({
        id: row.id,
        providerId,
        locationId: row.locationId ?? '',
        weekday: isoWeekdayOf(date),
        start: (row.startTime ?? '').slice(0, 5),
        end: (row.endTime ?? '').slice(0, 5),
      })),
    ];
    const clash = elsewhere.find((other) => rangesOverlap(other, request));
    if (clash) throw new WorkingHoursClashError('start', clash);
  }
}
