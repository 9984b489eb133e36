import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ClaimLifecycle } from '../../claims/claim-lifecycle';
import { copyClaim } from '../../claims/claim-copy';
import { nextPatientControlNumber } from '../../claims/claim-numbers';
import { Claim } from '../../claims/claim.entity';
import { ClaimScrubbing } from '../../claims/scrub/claim-scrubbing';
import { LaterPayer } from '../later-payer';

/**
 * Once a payer decided with money left owing, the next payer by coverage rank (as `laterPayerOf` finds it) is billed
 * for the same care: a claim of its own, carrying the prior payer's decision (2320/2430), scrubbed and sent with the
 * next submission. A decided claim bills the next payer once.
 */
@Injectable()
export class BillNextPayer {
  constructor(
    private readonly lifecycle: ClaimLifecycle,
    private readonly scrubbing: ClaimScrubbing,
  ) {}

  async execute(manager: EntityManager, decided: Claim, next: LaterPayer, now: Date): Promise<Claim | null> {
    if (await manager.existsBy(Claim, { priorPayerClaimId: decided.id })) return null;
    return copyClaim(
      manager,
      decided,
      {
        patientControlNumber: await nextPatientControlNumber(manager, decided.tenantId),
        payerId: next.payerId,
        responsibility: next.rank,
        frequency: '1',
        priorPayerClaimId: decided.id,
      },
      {
        lifecycle: this.lifecycle,
        scrubbing: this.scrubbing,
        actorUserId: null,
        now,
        action: 'built for the next payer',
      },
    );
  }
}
