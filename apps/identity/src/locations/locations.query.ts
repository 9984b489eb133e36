import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { Location } from './location.entity';

@Injectable()
export class LocationsQuery {
  constructor(private readonly transactions: TenantTransactions) {}

  list(): Promise<Location[]> {
    return this.transactions.run((manager) => manager.find(Location, { order: { name: 'ASC' } }));
  }

  async get(id: string): Promise<Location> {
    const location = await this.transactions.run((manager) => manager.findOneBy(Location, { id }));
    if (!location) throw new NotFoundError('location', id);
    return location;
  }
}
