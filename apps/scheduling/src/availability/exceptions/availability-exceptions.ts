import { Injectable } from '@nestjs/common';
import { FieldProblem, NotFoundError, RequestValidationError } from '@praxis/platform';
import { TenantContext, TenantTransactions } from '@praxis/tenancy';
import { EntityManager, Not } from 'typeorm';
import { LocationDirectory } from '../../locations/location-directory';
import { ProviderDirectory } from '../../providers/provider-directory';
import { isoWeekdayOf } from '../slots/wall-clock';
import { rangesOverlap, toView, WorkingHoursClashError } from '../working-hours/replace-working-hours.usecase';
import { WorkingHours } from '../working-hours/working-hours.entity';
import { AvailabilityException } from './availability-exception.entity';
import { ExceptionsQuery, ExtraHoursDto, HolidayDto, TimeOffDto } from './exception.dto';

const timeOffProblems = ({ startsAt, endsAt, fromDate, toDate }: TimeOffDto): FieldProblem[] => {
  const byInstants = startsAt !== undefined || endsAt !== undefined;
  const byDates = fromDate !== undefined || toDate !== undefined;
  if (byInstants === byDates) return [{ field: 'startsAt', message: 'give either startsAt and endsAt, or fromDate and toDate' }];
  if (byInstants) {
    if (!startsAt || !endsAt) return [{ field: startsAt ? 'endsAt' : 'startsAt', message: 'startsAt and endsAt go together' }];
    return new Date(startsAt) < new Date(endsAt) ? [] : [{ field: 'endsAt', message: 'endsAt must be after startsAt' }];
  }
  if (!fromDate || !toDate) return [{ field: fromDate ? 'toDate' : 'fromDate', message: 'fromDate and toDate go together' }];
  return fromDate <= toDate ? [] : [{ field: 'toDate', message: 'toDate must not be before fromDate' }];
};

/** Time off, holidays and extra hours: the front desk records and removes them as plans change. */
@Injectable()
export class AvailabilityExceptions {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly context: TenantContext,
    private readonly providers: ProviderDirectory,
    private readonly locations: LocationDirectory,
  ) {}

  addTimeOff(request: TimeOffDto): Promise<AvailabilityException> {
    const problems = timeOffProblems(request);
    if (problems.length > 0) throw new RequestValidationError(problems);
    return this.transactions.run(async (manager) => {
      await this.providers.get(manager, request.providerId);
      return this.save(manager, {
        kind: 'time_off',
        providerId: request.providerId,
        startsAt: request.startsAt ? new Date(request.startsAt) : null,
        endsAt: request.endsAt ? new Date(request.endsAt) : null,
        fromDate: request.fromDate ?? null,
        toDate: request.toDate ?? null,
        reason: request.reason ?? null,
      });
    });
  }

  addHoliday(request: HolidayDto): Promise<AvailabilityException> {
    return this.transactions.run(async (manager) => {
      await this.locations.require(manager, request.locationId);
      const { locationId, date, reason } = request;
      return this.save(manager, { kind: 'holiday', locationId, fromDate: date, toDate: date, reason: reason ?? null });
    });
  }

  addExtraHours(request: ExtraHoursDto): Promise<AvailabilityException> {
    if (request.start >= request.end) throw new RequestValidationError([{ field: 'end', message: 'end must be after start' }]);
    return this.transactions.run(async (manager) => {
      await this.providers.get(manager, request.providerId, { lock: true });
      await this.locations.require(manager, request.locationId);
      await this.refuseClashesElsewhere(manager, request);
      const { providerId, locationId, date, start, end, reason } = request;
      return this.save(manager, { kind: 'extra_hours', providerId, locationId, fromDate: date, toDate: date, startTime: start, endTime: end, reason: reason ?? null });
    });
  }

  list({ providerId, locationId, kind }: ExceptionsQuery): Promise<AvailabilityException[]> {
    return this.transactions.run((manager) => manager.find(AvailabilityException, { where: { providerId, locationId, kind }, order: { createdAt: 'ASC', id: 'ASC' } }));
  }

  remove(id: string): Promise<void> {
    return this.transactions.run(async (manager) => {
      const { affected } = await manager.delete(AvailabilityException, { id });
      if (!affected) throw new NotFoundError('availability exception', id);
    });
  }

  private save(manager: EntityManager, exception: Partial<AvailabilityException>): Promise<AvailabilityException> {
    return manager.save(manager.create(AvailabilityException, { ...exception, tenantId: this.context.tenantId }));
  }

  /** Extra hours at one location may not overlap the provider's hours at another on that date. */
  private async refuseClashesElsewhere(manager: EntityManager, request: ExtraHoursDto): Promise<void> {
    const { providerId, locationId, date } = request;
    const weekly = await manager.findBy(WorkingHours, { providerId, locationId: Not(locationId), weekday: isoWeekdayOf(date) });
    const extra = await manager.findBy(AvailabilityException, { kind: 'extra_hours', providerId, locationId: Not(locationId), fromDate: date });
    const elsewhere = [
      ...weekly.map(toView),
      ...extra.map((row) => ({ id: row.id, providerId, locationId: row.locationId ?? '', weekday: isoWeekdayOf(date), start: (row.startTime ?? '').slice(0, 5), end: (row.endTime ?? '').slice(0, 5) })),
    ];
    const clash = elsewhere.find((other) => rangesOverlap(other, request));
    if (clash) throw new WorkingHoursClashError('start', clash);
  }
}
