import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { AvailabilityException } from '../availability-exception.entity';
import { RemoveAvailabilityExceptionCommand } from './remove-availability-exception.command';

/** Time off, a holiday or extra hours that no longer apply: the calendar goes back to the weekly hours. */
@Injectable()
export class RemoveAvailabilityException {
  constructor(private readonly transactions: TenantTransactions) {}

  execute({ exceptionId }: RemoveAvailabilityExceptionCommand): Promise<void> {
    return this.transactions.run(async (manager) => {
      const { affected } = await manager.delete(AvailabilityException, { id: exceptionId });
      if (!affected) throw new NotFoundError('availability exception', exceptionId);
    });
  }
}
