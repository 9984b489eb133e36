import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { Provider } from './provider.entity';

/** How the providers screen lists them, and how other features (booking) find one inside their own tenant transaction. */
@Injectable()
export class ProviderDirectory {
  constructor(private readonly transactions: TenantTransactions) {}

  async get(manager: EntityManager, providerId: string, options: { lock?: boolean } = {}): Promise<Provider> {
    const lock = options.lock ? { mode: 'pessimistic_write' as const } : undefined;
    const provider = await manager.findOne(Provider, { where: { id: providerId }, lock });
    if (!provider) throw new NotFoundError('provider', providerId);
    return provider;
  }

  list(): Promise<Provider[]> {
    return this.transactions.run((manager) => manager.find(Provider, { order: { displayName: 'ASC', id: 'ASC' } }));
  }

  find(providerId: string): Promise<Provider> {
    return this.transactions.run((manager) => this.get(manager, providerId));
  }
}
