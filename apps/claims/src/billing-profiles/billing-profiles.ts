import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@praxis/platform';
import { TenantContext, TenantTransactions } from '@praxis/tenancy';
import { BillingProfile } from './billing-profile.entity';

@Injectable()
export class BillingProfiles {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly context: TenantContext,
  ) {}

  current(): Promise<BillingProfile> {
    const tenantId = this.context.tenantId;
    return this.transactions.run(async (manager) => {
      const profile = await manager.findOneBy(BillingProfile, { tenantId });
      if (!profile) throw new NotFoundError('billing profile of clinic', tenantId);
      return profile;
    });
  }
}
