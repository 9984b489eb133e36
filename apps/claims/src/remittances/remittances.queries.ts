import { Injectable } from '@nestjs/common';
import { NotFoundError, pageOf, PageQuery } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager, In } from 'typeorm';
import { ClaimPaymentRecord } from './claim-payment.entity';
import {
  RemittancePage,
  RemittanceQuery,
  RemittanceTransactionView,
  UnmatchedClaimPaymentPage,
} from './dto/remittance.dto';
import { claimPaymentViewOf, transactionViewOf } from './remittance-views';
import { Remittance } from './remittance.entity';

const viewsOf = async (manager: EntityManager, remittances: Remittance[]): Promise<RemittanceTransactionView[]> => {
  const payments = await manager.findBy(ClaimPaymentRecord, { remittanceId: In(remittances.map(({ id }) => id)) });
  return remittances.map((remittance) =>
    transactionViewOf(
      remittance,
      payments.filter(({ remittanceId }) => remittanceId === remittance.id),
      { duplicate: false, stored: true },
    ),
  );
};

/** Stored remittances, newest last, and the claim payments waiting for a clerk to name their claim. */
@Injectable()
export class RemittancesQueries {
  constructor(private readonly transactions: TenantTransactions) {}

  page({ status, ...page }: RemittanceQuery): Promise<RemittancePage> {
    return this.transactions.run(async (manager) => {
      const query = manager.createQueryBuilder(Remittance, 'remittance');
      if (status) query.where('remittance.status = :status', { status });
      const { items, nextCursor } = await pageOf(query, page);
      return { items: await viewsOf(manager, items), nextCursor };
    });
  }

  get(id: string): Promise<RemittanceTransactionView> {
    return this.transactions.run(async (manager) => {
      const remittance = await manager.findOneBy(Remittance, { id });
      if (!remittance) throw new NotFoundError('remittance', id);
      const [view] = await viewsOf(manager, [remittance]);
      return view;
    });
  }

  unmatched(page: PageQuery): Promise<UnmatchedClaimPaymentPage> {
    return this.transactions.run(async (manager) => {
      const query = manager
        .createQueryBuilder(ClaimPaymentRecord, 'payment')
        .where('payment.posting = :posting', { posting: 'unmatched' });
      const { items, nextCursor } = await pageOf(query, page);
      const remittances = await manager.findBy(Remittance, { id: In(items.map(({ remittanceId }) => remittanceId)) });
      const views = items.map((payment) => {
        const remittance = remittances.find(({ id }) => id === payment.remittanceId);
        return {
          ...claimPaymentViewOf(payment, true),
          remittanceId: payment.remittanceId,
          traceNumber: remittance?.traceNumber ?? '',
          payerName: remittance?.payerName ?? '',
          paymentDate: remittance?.paymentDate ?? '',
          receivedAt: remittance?.receivedAt ?? payment.createdAt,
          createdAt: payment.createdAt,
        };
      });
      return { items: views, nextCursor };
    });
  }
}
