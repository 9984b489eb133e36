import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@praxis/platform';
import { TenantContext, TenantTransactions } from '@praxis/tenancy';
import { Clinic } from './clinic.entity';

@Injectable()
export class ClinicsQuery {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly context: TenantContext,
  ) {}

  async current(): Promise<Clinic> {
    const clinic = await this.transactions.run((manager) => manager.findOneBy(Clinic, { id: this.context.tenantId }));
    if (!clinic) throw new NotFoundError('clinic', this.context.tenantId);
    return clinic;
  }
}
