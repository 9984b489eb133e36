import { Injectable } from '@nestjs/common';
import { ConflictError, FieldProblem, RequestValidationError } from '@praxis/platform';
import { TenantContext, TenantTransactions } from '@praxis/tenancy';
import { EntityManager, Not } from 'typeorm';
import { LocationDirectory } from '../../locations/location-directory';
import { ProviderDirectory } from '../../providers/provider-directory';
import { WeeklyRangeDto, WorkingHoursView } from './working-hours.dto';
import { WorkingHours } from './working-hours.entity';

interface WallClockRange {
  start: string;
  end: string;
}

export const rangesOverlap = (a: WallClockRange, b: WallClockRange): boolean => a.start < b.end && b.start < a.end;

export const toView = (row: WorkingHours): WorkingHoursView => ({
  id: row.id,
  providerId: row.providerId,
  locationId: row.locationId,
  weekday: row.weekday,
  start: row.startTime.slice(0, 5),
  end: row.endTime.slice(0, 5),
});

export class WorkingHoursClashError extends ConflictError {
  constructor(field: string, clash: WorkingHoursView) {
    super(`overlaps the provider's hours ${clash.start}–${clash.end} on weekday ${clash.weekday} at location ${clash.locationId}: a provider cannot be in two places`);
    this.extensions.errors = [{ field, message: 'overlaps working hours at another location' }];
  }
}

const problemsWithin = (hours: WeeklyRangeDto[]): FieldProblem[] =>
  hours.flatMap((range, index): FieldProblem[] => {
    if (range.start >= range.end) return [{ field: `hours.${index}.end`, message: 'end must be after start' }];
    const earlier = hours.slice(0, index).findIndex((other) => other.weekday === range.weekday && rangesOverlap(other, range));
    return earlier >= 0 ? [{ field: `hours.${index}`, message: `overlaps hours.${earlier} on weekday ${range.weekday}` }] : [];
  });

/** Replaces a provider's weekly hours at one location; hours elsewhere must not overlap them. */
@Injectable()
export class ReplaceWorkingHours {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly context: TenantContext,
    private readonly providers: ProviderDirectory,
    private readonly locations: LocationDirectory,
  ) {}

  execute(providerId: string, locationId: string, hours: WeeklyRangeDto[]): Promise<WorkingHoursView[]> {
    return this.transactions.run(async (manager) => {
      // Locking the provider serialises concurrent edits of one week, so two locations cannot both win an overlap.
      await this.providers.get(manager, providerId, { lock: true });
      await this.locations.require(manager, locationId);
      const problems = problemsWithin(hours);
      if (problems.length > 0) throw new RequestValidationError(problems);
      await this.refuseClashesElsewhere(manager, providerId, locationId, hours);
      await manager.delete(WorkingHours, { providerId, locationId });
      const tenantId = this.context.tenantId;
      const rows = hours.map(({ weekday, start, end }) => manager.create(WorkingHours, { tenantId, providerId, locationId, weekday, startTime: start, endTime: end }));
      await manager.save(rows);
      const saved = await manager.find(WorkingHours, { where: { providerId }, order: { weekday: 'ASC', startTime: 'ASC' } });
      return saved.map(toView);
    });
  }

  private async refuseClashesElsewhere(manager: EntityManager, providerId: string, locationId: string, hours: WeeklyRangeDto[]): Promise<void> {
    const elsewhere = (await manager.findBy(WorkingHours, { providerId, locationId: Not(locationId) })).map(toView);
    hours.forEach((range, index) => {
      const clash = elsewhere.find((other) => other.weekday === range.weekday && rangesOverlap(other, range));
      if (clash) throw new WorkingHoursClashError(`hours.${index}`, clash);
    });
  }
}
