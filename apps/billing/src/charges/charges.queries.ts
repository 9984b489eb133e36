import { Injectable } from '@nestjs/common';
import { pageOf } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager, In } from 'typeorm';
import { BillingVisit } from './billing-visit.entity';
import { Charge } from './charge.entity';
import { VisitPage, VisitQuery } from './dto/visit.dto';
import { CHARGE_LINE_ORDER, findVisit } from './visits';

/** Each visit of a page with its charge lines; joined in the paged query, the page's limit would count lines, not visits. */
const withCharges = async (manager: EntityManager, visits: BillingVisit[]): Promise<BillingVisit[]> => {
  const charges = await manager.find(Charge, {
    where: { visitId: In(visits.map(({ id }) => id)) },
    order: CHARGE_LINE_ORDER,
  });
  return visits.map((visit) =>
    Object.assign(visit, { charges: charges.filter(({ visitId }) => visitId === visit.id) }),
  );
};

@Injectable()
export class ChargesQueries {
  constructor(private readonly transactions: TenantTransactions) {}

  page({ status, ...page }: VisitQuery): Promise<VisitPage> {
    return this.transactions.run(async (manager) => {
      const query = manager.createQueryBuilder(BillingVisit, 'visit');
      if (status) query.where('visit.status = :status', { status });
      const { items, nextCursor } = await pageOf(query, page);
      return { items: await withCharges(manager, items), nextCursor };
    });
  }

  get(id: string): Promise<BillingVisit> {
    return this.transactions.run((manager) => findVisit(manager, id));
  }
}
