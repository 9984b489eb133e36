import { Injectable } from '@nestjs/common';
import { FieldProblem, RequestValidationError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { ProviderDirectory } from '../../../providers/provider-directory';
import { AvailabilityException } from '../availability-exception.entity';
import { AddTimeOffCommand } from './add-time-off.command';

const timeOffProblems = ({ startsAt, endsAt, fromDate, toDate }: AddTimeOffCommand): FieldProblem[] => {
  const byInstants = startsAt !== undefined || endsAt !== undefined;
  const byDates = fromDate !== undefined || toDate !== undefined;
  if (byInstants === byDates)
    return [{ field: 'startsAt', message: 'give either startsAt and endsAt, or fromDate and toDate' }];
  if (byInstants) {
    if (!startsAt || !endsAt)
      return [{ field: startsAt ? 'endsAt' : 'startsAt', message: 'startsAt and endsAt go together' }];
    return new Date(startsAt) < new Date(endsAt) ? [] : [{ field: 'endsAt', message: 'endsAt must be after startsAt' }];
  }
  if (!fromDate || !toDate)
    return [{ field: fromDate ? 'toDate' : 'fromDate', message: 'fromDate and toDate go together' }];
  return fromDate <= toDate ? [] : [{ field: 'toDate', message: 'toDate must not be before fromDate' }];
};

/** A provider away: the front desk records it as plans change, and slots inside it disappear. */
@Injectable()
export class AddTimeOff {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly providers: ProviderDirectory,
  ) {}

  execute(command: AddTimeOffCommand): Promise<AvailabilityException> {
    const problems = timeOffProblems(command);
    if (problems.length > 0) throw new RequestValidationError(problems);
    const { tenantId, providerId, startsAt, endsAt, fromDate, toDate, reason } = command;
    return this.transactions.run(async (manager) => {
      await this.providers.get(manager, providerId);
      const timeOff = manager.create(AvailabilityException, {
        tenantId,
        kind: 'time_off',
        providerId,
        startsAt: startsAt ? new Date(startsAt) : null,
        endsAt: endsAt ? new Date(endsAt) : null,
        fromDate: fromDate ?? null,
        toDate: toDate ?? null,
        reason: reason ?? null,
      });
      return manager.save(timeOff);
    });
  }
}
