import { Injectable } from '@nestjs/common';
import { LocationCreated } from '@praxis/contracts';
import { OutboxWriter } from '@praxis/messaging';
import { TenantTransactions } from '@praxis/tenancy';
import { announceLocation } from '../location-announcement';
import { Location } from '../location.entity';
import { CreateLocationCommand } from './create-location.command';

@Injectable()
export class CreateLocation {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly outbox: OutboxWriter,
  ) {}

  execute({ tenantId, location: fields }: CreateLocationCommand): Promise<Location> {
    return this.transactions.runFor(tenantId, async (manager) => {
      const location = await manager.save(manager.create(Location, { ...fields, tenantId }));
      await announceLocation(this.outbox, manager, LocationCreated, location);
      return location;
    });
  }
}
