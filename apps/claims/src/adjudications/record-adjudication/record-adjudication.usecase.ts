import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ClaimLifecycle } from '../../claims/claim-lifecycle';
import { BillNextPayer } from '../../coordination-of-benefits/bill-next-payer/bill-next-payer.usecase';
import { ClaimAdjudication } from '../claim-adjudication.entity';
import { RecordAdjudicationCommand } from './record-adjudication.command';

/**
 * Keeps what a payer decided (claim.adjudicated), once per decision, and follows it up: the claim a replacement or
 * void named is closed now that the payer answered it, and money left owing is billed to the next payer.
 */
@Injectable()
export class RecordAdjudication {
  constructor(
    private readonly lifecycle: ClaimLifecycle,
    private readonly billNextPayer: BillNextPayer,
  ) {}

  async execute(manager: EntityManager, { tenantId, adjudication, now }: RecordAdjudicationCommand): Promise<void> {
    if (await manager.existsBy(ClaimAdjudication, { adjudicationId: adjudication.adjudicationId })) return;
    const { adjudicationId, claimId, claimStatus, payerClaimControlNumber, paidMinor, currency } = adjudication;
    const { lines, adjustments, remarks = [] } = adjudication;
    await manager.insert(ClaimAdjudication, {
      ...{ adjudicationId, tenantId, claimId, claimStatus, payerClaimControlNumber, paidMinor, currency },
      ...{ lines, adjustments, remarks, decidedAt: now },
    });
    const claim = await this.lifecycle.lock(manager, claimId);
    if (claim.replacesClaimId) await this.closeReplaced(manager, claim.replacesClaimId, now);
    if (claimStatus !== 'denied') await this.billNextPayer.execute(manager, claim, now);
  }

  private async closeReplaced(manager: EntityManager, replacedId: string, now: Date): Promise<void> {
    const replaced = await this.lifecycle.lock(manager, replacedId);
    if (replaced.status !== 'corrected' && replaced.status !== 'voided') return;
    await this.lifecycle.move(manager, replaced, 'closed', {
      actorUserId: null,
      now,
      action: 'closed: the payer answered the claim that followed it',
    });
  }
}
