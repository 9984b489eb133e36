import { Injectable } from '@nestjs/common';
import { ConflictError, UnprocessableError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { StaffDirectory } from '../../staff-directory/staff-directory';
import { Provider } from '../provider.entity';
import { CreateProviderCommand } from './create-provider.command';

export class NotAProviderError extends UnprocessableError {
  constructor(userId: string) {
    super(`staff member ${userId} is not an active staff member with the provider role`, [
      { field: 'userId', message: 'must be an active staff member with the provider role' },
    ]);
  }
}

export class ProviderExistsError extends ConflictError {
  constructor(userId: string) {
    super(`staff member ${userId} is already a provider`);
  }
}

@Injectable()
export class CreateProvider {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly staff: StaffDirectory,
  ) {}

  execute({ tenantId, userId, npi, taxonomyCode, displayName }: CreateProviderCommand): Promise<Provider> {
    return this.transactions.run(async (manager) => {
      const staff = await this.staff.find(manager, userId);
      if (!staff?.active || !staff.roles.includes('provider')) throw new NotAProviderError(userId);
      if (await manager.existsBy(Provider, { userId })) throw new ProviderExistsError(userId);
      const provider = manager.create(Provider, {
        tenantId,
        userId,
        npi,
        taxonomyCode,
        displayName: displayName ?? staff.displayName,
      });
      return manager.save(provider);
    });
  }
}
