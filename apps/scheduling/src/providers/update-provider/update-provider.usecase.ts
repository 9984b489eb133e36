import { sentFields } from '@praxis/platform';
import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@praxis/tenancy';
import { Provider } from '../provider.entity';
import { ProviderDirectory } from '../provider-directory';
import { UpdateProviderCommand } from './update-provider.command';

@Injectable()
export class UpdateProvider {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly directory: ProviderDirectory,
  ) {}

  execute({ providerId, changes }: UpdateProviderCommand): Promise<Provider> {
    return this.transactions.run(async (manager) => {
      const provider = await this.directory.get(manager, providerId);
      return manager.save(Object.assign(provider, sentFields(changes)));
    });
  }
}
