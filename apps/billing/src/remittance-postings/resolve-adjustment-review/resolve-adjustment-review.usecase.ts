import { Injectable } from '@nestjs/common';
import { money } from '@praxis/domain';
import { IdempotentRequests, NotFoundError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { Ledger } from '../../ledger/ledger';
import { postings } from '../../ledger/ledger-postings';
import { AdjustmentResolution, AdjustmentReviewClosedError } from '../adjustment-review-status';
import { AdjustmentReview } from '../adjustment-review.entity';
import { lockedRemittance } from '../remittance-postings';
import { ResolveAdjustmentReviewCommand } from './resolve-adjustment-review.command';

const postingFor = (resolution: AdjustmentResolution, { amountMinor, currency }: AdjustmentReview) =>
  resolution === 'written_off'
    ? postings.writeOff(money(amountMinor, currency), 'insurance')
    : postings.transfer(money(amountMinor, currency), 'insurance', 'patient');

/**
 * A clerk decides an adjustment the payer made without a rule billing could apply: the clinic writes it off, or the
 * patient is billed for it. Its posting carries the payer's decision, so reversing that decision takes it back too.
 */
@Injectable()
export class ResolveAdjustmentReview {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly idempotency: IdempotentRequests,
    private readonly ledger: Ledger,
  ) {}

  execute({ idempotencyKey, ...command }: ResolveAdjustmentReviewCommand): Promise<AdjustmentReview> {
    return this.transactions.run(async (manager) => {
      const request = { resolve: command.reviewId, resolution: command.resolution };
      const { result } = await this.idempotency.once(manager, idempotencyKey, request, () =>
        this.resolve(manager, command),
      );
      return result;
    });
  }

  private async resolve(
    manager: EntityManager,
    { reviewId, resolution, actorUserId, now }: Omit<ResolveAdjustmentReviewCommand, 'idempotencyKey'>,
  ): Promise<AdjustmentReview> {
    const found = await manager.findOneBy(AdjustmentReview, { id: reviewId });
    if (!found) throw new NotFoundError('adjustment review', reviewId);
    await lockedRemittance(manager, found.adjudicationId);
    const review = await manager.findOneOrFail(AdjustmentReview, {
      where: { id: reviewId },
      lock: { mode: 'pessimistic_write' },
    });
    if (review.status !== 'open') throw new AdjustmentReviewClosedError(review.status);
    await this.ledger.post(manager, postingFor(resolution, review), {
      tenantId: review.tenantId,
      patientId: review.patientId,
      visitId: review.visitId,
      chargeId: review.chargeId ?? undefined,
      adjudicationId: review.adjudicationId,
      postedAt: now,
      postedBy: actorUserId,
    });
    await manager.update(
      AdjustmentReview,
      { id: reviewId },
      { status: resolution, resolvedAt: now, resolvedBy: actorUserId },
    );
    return manager.findOneByOrFail(AdjustmentReview, { id: reviewId });
  }
}
