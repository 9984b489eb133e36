import { Injectable } from '@nestjs/common';
import { ChargePosted } from '@praxis/contracts';
import { money } from '@praxis/domain';
import { OutboxWriter } from '@praxis/messaging';
import { IdempotentRequests } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { Ledger } from '../../ledger/ledger';
import { postings } from '../../ledger/ledger-postings';
import { BillingVisit } from '../billing-visit.entity';
import { findVisit } from '../visits';
import { VisitNotReleasableError } from '../visit-status';
import { ReleaseVisitCommand } from './release-visit.command';

/**
 * Releasing posts every charge of a ready visit to the ledger (owed by the insurer or, self-pay, the patient) and
 * announces each as charge.posted, all in the release's own transaction.
 */
@Injectable()
export class ReleaseVisit {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly idempotency: IdempotentRequests,
    private readonly outbox: OutboxWriter,
    private readonly ledger: Ledger,
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
    for (const charge of visit.charges ?? []) {
      const amount = money(charge.amountMinor ?? 0, visit.currency);
      await this.ledger.post(manager, postings.charge(amount, visit.billTo), {
        tenantId: visit.tenantId,
        patientId: visit.patientId,
        visitId,
        chargeId: charge.id,
        postedAt: now,
        postedBy: actorUserId,
      });
      await this.outbox.append(manager, ChargePosted, {
        aggregateId: charge.id,
        payload: {
          chargeId: charge.id,
          visitId,
          patientId: visit.patientId,
          providerId: visit.providerId,
          locationId: visit.locationId,
          dateOfService: visit.dateOfService,
          procedureCode: charge.procedureCode,
          modifiers: charge.modifiers,
          units: charge.units,
          diagnoses: charge.diagnoses,
          amountMinor: charge.amountMinor ?? 0,
          currency: visit.currency,
          billTo: visit.billTo,
          payerId: visit.payerId,
        },
      });
    }
    return findVisit(manager, visitId);
  }
}
