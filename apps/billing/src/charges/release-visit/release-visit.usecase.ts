import { Injectable } from '@nestjs/common';
import { IdempotentRequests } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { PaymentApplications } from '../../payments/payment-applications';
import { BillingVisit } from '../billing-visit.entity';
import { ChargePosting } from '../post-charge';
import { findVisit } from '../visits';
import { VisitNotReleasableError } from '../visit-status';
import { ReleaseVisitCommand } from './release-visit.command';

/**
 * Releasing posts every charge of a ready visit to the ledger and announces each as charge.posted, all in the
 * release's own transaction; co-pays taken for the visit are applied to what the patient now owes on it.
 */
@Injectable()
export class ReleaseVisit {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly idempotency: IdempotentRequests,
    private readonly charges: ChargePosting,
    private readonly payments: PaymentApplications,
  ) {}

  execute({ visitId, idempotencyKey, actorUserId, now }: ReleaseVisitCommand): Promise<BillingVisit> {
    return this.transactions.run(async (manager) => {
      const { result } = await this.idempotency.once(manager, idempotencyKey, { release: visitId }, () =>
        this.release(manager, visitId, actorUserId, now),
      );
      return result;
    });
  }

  private async release(
    manager: EntityManager,
    visitId: string,
    actorUserId: string | null,
    now: Date,
  ): Promise<BillingVisit> {
    const visit = await findVisit(manager, visitId, { lock: true });
    if (visit.status !== 'ready' || visit.currency === null) throw new VisitNotReleasableError(visit.status);
    await manager.update(
      BillingVisit,
      { id: visitId },
      { status: 'released', releasedAt: now, releasedBy: actorUserId },
    );
    const released = { ...visit, currency: visit.currency };
    for (const charge of visit.charges ?? []) await this.charges.post(manager, released, charge, { actorUserId, now });
    await this.payments.applyCopays(manager, { visitId, patientId: visit.patientId }, { actorUserId, now });
    return findVisit(manager, visitId);
  }
}
