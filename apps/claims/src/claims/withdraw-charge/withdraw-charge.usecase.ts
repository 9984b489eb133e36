import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { ClaimLifecycle } from '../claim-lifecycle';
import { ClaimLine } from '../claim-line.entity';
import { isEditable } from '../claim-status';
import { Claim } from '../claim.entity';
import { ClaimScrubbing } from '../scrub/claim-scrubbing';
import { WithdrawChargeCommand } from './withdraw-charge.command';

/**
 * A voided charge leaves a claim not yet sent (or rejected, so never adjudicated); a claim left with no line is
 * voided. Once with the payer, the claim keeps the line and its history says so: correcting it is a replacement claim.
 */
@Injectable()
export class WithdrawCharge {
  constructor(
    private readonly lifecycle: ClaimLifecycle,
    private readonly scrubbing: ClaimScrubbing,
  ) {}

  async execute(manager: EntityManager, { now, charge }: WithdrawChargeCommand): Promise<Claim | null> {
    const line = await this.lineToWithdraw(manager, charge.chargeId);
    if (!line) return null;
    const claim = await this.lifecycle.lock(manager, line.claimId);
    const details = { chargeId: charge.chargeId, procedureCode: line.procedureCode };
    if (!isEditable(claim.status)) {
      await this.lifecycle.record(manager, claim, {
        actorUserId: null,
        now,
        action: 'charge voided after sending',
        details,
      });
      return claim;
    }
    await manager.delete(ClaimLine, { id: line.id });
    const change = { actorUserId: null, now, details };
    if (!(await manager.existsBy(ClaimLine, { claimId: claim.id })))
      return this.lifecycle.move(manager, claim, 'voided', { ...change, action: 'its last charge was voided' });
    await this.lifecycle.record(manager, claim, { ...change, action: 'charge voided and removed' });
    return this.scrubbing.scrub(manager, claim, { actorUserId: null, now });
  }

  /** A charge billed again on a replacement or to the next payer sits on several claims: the unsent one gives it up. */
  private async lineToWithdraw(manager: EntityManager, chargeId: string): Promise<ClaimLine | null> {
    const lines = await manager.findBy(ClaimLine, { chargeId });
    if (lines.length <= 1) return lines[0] ?? null;
    const claims = await manager.find(Claim, {
      where: { id: In(lines.map(({ claimId }) => claimId)) },
      order: { createdAt: 'DESC' },
    });
    const chosen = claims.find(({ status }) => isEditable(status)) ?? claims[0];
    return lines.find(({ claimId }) => claimId === chosen.id) ?? null;
  }
}
