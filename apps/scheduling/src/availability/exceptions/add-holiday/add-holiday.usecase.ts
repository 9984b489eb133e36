import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@praxis/tenancy';
import { LocationDirectory } from '../../../locations/location-directory';
import { AvailabilityException } from '../availability-exception.entity';
import { AddHolidayCommand } from './add-holiday.command';

@Injectable()
export class AddHoliday {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly locations: LocationDirectory,
  ) {}

  execute({ tenantId, locationId, date, reason }: AddHolidayCommand): Promise<AvailabilityException> {
    return this.transactions.run(async (manager) => {
      await this.locations.require(manager, locationId);
      return manager.save(
        manager.create(AvailabilityException, {
          tenantId,
          kind: 'holiday',
          locationId,
          fromDate: date,
          toDate: date,
          reason: reason ?? null,
        }),
      );
    });
  }
}
