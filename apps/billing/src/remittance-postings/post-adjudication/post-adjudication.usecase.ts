import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BillingVisit } from '../../charges/billing-visit.entity';
import { Charge } from '../../charges/charge.entity';
import { Ledger } from '../../ledger/ledger';
import { PaymentApplications } from '../../payments/payment-applications';
import { AdjustmentReview } from '../adjustment-review.entity';
import { Adjudication, remittancePlan } from '../remittance-plan';
import { UnpostableRemittanceError } from '../remittance-errors';
import { PostAdjudicationCommand } from './post-adjudication.command';

/**
 * Posts what a payer decided on a claim, once per adjudication: payments, contractual adjustments and the patient's
 * share go to the ledger by rule, tagged with the adjudication; adjustments without a rule wait for a clerk. A
 * zero-pay denial is posted too: nothing is paid, and its adjustments are placed like any others. A co-pay taken for
 * the visit then pays the share the patient was billed.
 */
@Injectable()
export class PostAdjudication {
  constructor(
    private readonly ledger: Ledger,
    private readonly payments: PaymentApplications,
  ) {}

  async execute(manager: EntityManager, { tenantId, adjudication, now }: PostAdjudicationCommand): Promise<void> {
    if (!(await this.recordedFirstTime(manager, tenantId, adjudication, now))) return;
    await this.checkAgainstVisit(manager, adjudication);
    const { adjudicationId, visitId, patientId } = adjudication;
    const plan = remittancePlan(adjudication);
    await this.ledger.postAll(
      manager,
      plan.entries.map(({ chargeId, posting }) => ({
        posting,
        context: {
          ...{ tenantId, patientId, visitId, chargeId: chargeId ?? undefined, adjudicationId },
          ...{ postedAt: now, postedBy: null },
        },
      })),
    );
    await this.payments.applyCopays(manager, { visitId, patientId }, { actorUserId: null, now });
    if (plan.reviews.length === 0) return;
    const { claimId, payerId } = adjudication;
    await manager.insert(
      AdjustmentReview,
      plan.reviews.map(({ chargeId, group, reason, amount }) => ({
        ...{ tenantId, adjudicationId, claimId, visitId, patientId, payerId, chargeId, group, reason },
        ...{ amountMinor: amount.amountMinor, currency: amount.currency, status: 'open' as const },
      })),
    );
  }

  private async recordedFirstTime(
    manager: EntityManager,
    tenantId: string,
    adjudication: Adjudication,
    now: Date,
  ): Promise<boolean> {
    const { adjudicationId, claimId, visitId, patientId, payerId, payerClaimControlNumber } = adjudication;
    const recorded: unknown[] = await manager.query(
      `INSERT INTO remittance_postings (adjudication_id, tenant_id, claim_id, visit_id, patient_id, payer_id,
         payer_claim_control_number, claim_status, paid_minor, currency, posted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (adjudication_id) DO NOTHING RETURNING adjudication_id`,
      [
        ...[adjudicationId, tenantId, claimId, visitId, patientId, payerId, payerClaimControlNumber],
        ...[adjudication.claimStatus, adjudication.paidMinor, adjudication.currency, now],
      ],
    );
    return recorded.length > 0;
  }

  private async checkAgainstVisit(manager: EntityManager, adjudication: Adjudication): Promise<void> {
    const visit = await manager.findOneBy(BillingVisit, { id: adjudication.visitId });
    if (!visit) throw new UnpostableRemittanceError(`visit ${adjudication.visitId} is not one billing captured`);
    if (visit.patientId !== adjudication.patientId)
      throw new UnpostableRemittanceError(`visit ${visit.id} is another patient's`);
    if (visit.currency !== adjudication.currency)
      throw new UnpostableRemittanceError(`visit ${visit.id} is billed in ${visit.currency ?? 'no currency'}`);
    const charges = await manager.findBy(Charge, { visitId: visit.id });
    const known = new Set(charges.map(({ id }) => id));
    const unknown = adjudication.lines.find(({ chargeId }) => !known.has(chargeId));
    if (unknown) throw new UnpostableRemittanceError(`charge ${unknown.chargeId} is not on visit ${visit.id}`);
  }
}
