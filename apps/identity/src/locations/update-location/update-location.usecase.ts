import { Injectable } from '@nestjs/common';
import { LocationUpdated } from '@praxis/contracts';
import { OutboxWriter } from '@praxis/messaging';
import { NotFoundError, sentFields } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { announceLocation } from '../location-announcement';
import { Location } from '../location.entity';
import { UpdateLocationCommand } from './update-location.command';

@Injectable()
export class UpdateLocation {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly outbox: OutboxWriter,
  ) {}

  execute({ tenantId, locationId, changes }: UpdateLocationCommand): Promise<Location> {
    return this.transactions.runFor(tenantId, async (manager) => {
      const location = await manager.findOneBy(Location, { id: locationId });
      if (!location) throw new NotFoundError('location', locationId);
      await manager.save(Object.assign(location, sentFields(changes)));
      await announceLocation(this.outbox, manager, LocationUpdated, location);
      return location;
    });
  }
}
