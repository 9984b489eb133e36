import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Ledger } from '../../ledger/ledger';
import { AdjustmentReview } from '../adjustment-review.entity';
import { UnpostableRemittanceError } from '../remittance-errors';
import { RemittancePosting } from '../remittance-posting.entity';
import { lockedRemittance } from '../remittance-postings';
import { ReverseAdjudicationCommand } from './reverse-adjudication.command';

/**
 * The payer took a decision back: every posting it wrote, and every clerk's resolution of its adjustments, is
 * mirrored from the ledger by the adjudication's id, and its open adjustments are withdrawn. A corrected decision
 * arrives as a new adjudication and posts afresh. Hearing the same reversal twice changes nothing.
 */
@Injectable()
export class ReverseAdjudication {
  constructor(private readonly ledger: Ledger) {}

  async execute(manager: EntityManager, { tenantId, reversal, now }: ReverseAdjudicationCommand): Promise<void> {
    const { adjudicationId, reversalId } = reversal;
    const posted = await lockedRemittance(manager, adjudicationId);
    if (!posted) throw new UnpostableRemittanceError(`adjudication ${adjudicationId} was never posted`);
    if (posted.reversedAt !== null) return;
    await this.ledger.reverseAdjudication(manager, adjudicationId, { tenantId, postedAt: now, postedBy: null });
    await manager.update(AdjustmentReview, { adjudicationId }, { status: 'withdrawn' });
    await manager.update(RemittancePosting, { adjudicationId }, { reversalId, reversedAt: now });
  }
}
