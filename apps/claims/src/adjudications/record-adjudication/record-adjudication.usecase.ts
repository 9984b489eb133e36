import { Injectable } from '@nestjs/common';
import { ClaimAdjudicated, PayloadOf } from '@praxis/contracts';
import { insertRows } from '@praxis/platform';
import { EntityManager } from 'typeorm';
import { ClaimLifecycle } from '../../claims/claim-lifecycle';
import { Claim } from '../../claims/claim.entity';
import { BillNextPayer } from '../../coordination-of-benefits/bill-next-payer/bill-next-payer.usecase';
import { LaterPayer } from '../../coordination-of-benefits/later-payer';
import { ClaimAdjudication } from '../claim-adjudication.entity';

/** A payer's decision on a claim, with the claim as posting locked it and the coverage billed next (null: none). */
export interface DecidedClaim {
  claim: Claim;
  adjudication: PayloadOf<typeof ClaimAdjudicated>;
  laterPayer: LaterPayer | null;
}

/**
 * Keeps what payers decided, in the transaction that posts the decisions (claim.adjudicated goes out from the same
 * one), and follows each up: the claim a replacement or void named is closed now that the payer answered it, and
 * money left owing is billed to the next payer. A whole 835 file's decisions are kept in one statement.
 */
@Injectable()
export class RecordAdjudication {
  constructor(
    private readonly lifecycle: ClaimLifecycle,
    private readonly billNextPayer: BillNextPayer,
  ) {}

  async recordAll(manager: EntityManager, decided: readonly DecidedClaim[], now: Date): Promise<void> {
    await insertRows(
      manager,
      ClaimAdjudication,
      decided.map(({ claim, adjudication }) => {
        const { adjudicationId, claimId, claimStatus, payerClaimControlNumber, paidMinor, currency } = adjudication;
        const { lines, adjustments, remarks = [] } = adjudication;
        return {
          ...{ adjudicationId, tenantId: claim.tenantId, claimId, claimStatus, payerClaimControlNumber, paidMinor },
          ...{ currency, lines, adjustments, remarks, decidedAt: now },
        };
      }),
    );
    for (const { claim, adjudication, laterPayer } of decided) {
      if (claim.replacesClaimId) await this.closeReplaced(manager, claim.replacesClaimId, now);
      if (adjudication.claimStatus !== 'denied' && laterPayer)
        await this.billNextPayer.execute(manager, claim, laterPayer, now);
    }
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
