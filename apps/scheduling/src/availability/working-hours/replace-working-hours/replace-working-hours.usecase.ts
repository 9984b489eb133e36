import { Injectable } from '@nestjs/common';
import { FieldProblem, RequestValidationError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager, Not } from 'typeorm';
import { LocationDirectory } from '../../../locations/location-directory';
import { ProviderDirectory } from '../../../providers/provider-directory';
import { WorkingHoursView } from '../dto/working-hours.dto';
import { rangesOverlap, toView, WorkingHoursClashError } from '../weekly-hours';
import { WorkingHours } from '../working-hours.entity';
import { weekOf } from '../working-hours.queries';
import { ReplaceWorkingHoursCommand, WeeklyRange } from './replace-working-hours.command';

const problemsWithin = (hours: WeeklyRange[]): FieldProblem[] =>
  hours.flatMap((range, index): FieldProblem[] => {
    if (range.start >= range.end) return [{ field: `hours.${index}.end`, message: 'end must be after start' }];
    const earlier = hours
      .slice(0, index)
      .findIndex((other) => other.weekday === range.weekday && rangesOverlap(other, range));
    return earlier >= 0
      ? [{ field: `hours.${index}`, message: `overlaps hours.${earlier} on weekday ${range.weekday}` }]
      : [];
  });

/** Replaces a provider's weekly hours at one location; hours elsewhere must not overlap them. */
@Injectable()
export class ReplaceWorkingHours {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly providers: ProviderDirectory,
    private readonly locations: LocationDirectory,
  ) {}

  execute({ tenantId, providerId, locationId, hours }: ReplaceWorkingHoursCommand): Promise<WorkingHoursView[]> {
    return this.transactions.run(async (manager) => {
      // Locking the provider serialises concurrent edits of one week, so two locations cannot both win an overlap.
      await this.providers.get(manager, providerId, { lock: true });
      await this.locations.require(manager, locationId);
      const problems = problemsWithin(hours);
      if (problems.length > 0) throw new RequestValidationError(problems);
      await this.refuseClashesElsewhere(manager, providerId, locationId, hours);
      await manager.delete(WorkingHours, { providerId, locationId });
      const rows = hours.map(({ weekday, start, end }) =>
        manager.create(WorkingHours, { tenantId, providerId, locationId, weekday, startTime: start, endTime: end }),
      );
      await manager.save(rows);
      return weekOf(manager, providerId);
    });
  }

  private async refuseClashesElsewhere(
    manager: EntityManager,
    providerId: string,
    locationId: string,
    hours: WeeklyRange[],
  ): Promise<void> {
    const elsewhere = (await manager.findBy(WorkingHours, { providerId, locationId: Not(locationId) })).map(toView);
    hours.forEach((range, index) => {
      const clash = elsewhere.find((other) => other.weekday === range.weekday && rangesOverlap(other, range));
      if (clash) throw new WorkingHoursClashError(`hours.${index}`, clash);
    });
  }
}
