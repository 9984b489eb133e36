import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@praxis/platform';
import { EntityManager } from 'typeorm';
import { Provider } from './provider.entity';

/** How other features (booking) find a provider inside their own tenant transaction. */
@Injectable()
export class ProviderDirectory {
  async get(manager: EntityManager, providerId: string, options: { lock?: boolean } = {}): Promise<Provider> {
    const lock = options.lock ? { mode: 'pessimistic_write' as const } : undefined;
    const provider = await manager.findOne(Provider, { where: { id: providerId }, lock });
    if (!provider) throw new NotFoundError('provider', providerId);
    return provider;
  }
}
