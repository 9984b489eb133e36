import { Injectable } from '@nestjs/common';
import { pageOf } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { BillingVisit } from './billing-visit.entity';
import { VisitPage, VisitQuery } from './dto/visit.dto';
import { findVisit } from './visits';

@Injectable()
export class ChargesQueries {
  constructor(private readonly transactions: TenantTransactions) {}

  page({ status, ...page }: VisitQuery): Promise<VisitPage> {
    return this.transactions.run((manager) => {
      const query = manager.createQueryBuilder(BillingVisit, 'visit').leftJoinAndSelect('visit.charges', 'charge');
      if (status) query.where('visit.status = :status', { status });
      return pageOf(query, page);
    });
  }

  get(id: string): Promise<BillingVisit> {
    return this.transactions.run((manager) => findVisit(manager, id));
  }
}
