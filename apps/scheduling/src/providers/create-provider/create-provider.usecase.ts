import { Injectable } from '@nestjs/common';
import { ConflictError, UnprocessableError } from '@praxis/platform';
import { TenantContext, TenantTransactions } from '@praxis/tenancy';
import { StaffMember } from '../../staff-directory/staff-member.entity';
import { Provider } from '../provider.entity';
import { CreateProviderDto } from './create-provider.dto';

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
    private readonly context: TenantContext,
  ) {}

  execute(request: CreateProviderDto): Promise<Provider> {
    return this.transactions.run(async (manager) => {
      const staff = await manager.findOneBy(StaffMember, { userId: request.userId });
      if (!staff?.active || !staff.roles.includes('provider')) throw new NotAProviderError(request.userId);
      if (await manager.existsBy(Provider, { userId: request.userId })) throw new ProviderExistsError(request.userId);
      const provider = manager.create(Provider, {
        ...request,
        tenantId: this.context.tenantId,
        displayName: request.displayName ?? staff.displayName,
      });
      return manager.save(provider);
    });
  }
}
