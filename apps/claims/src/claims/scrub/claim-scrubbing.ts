import { Injectable } from '@nestjs/common';
import { EntityManager, FindOptionsWhere, In } from 'typeorm';
import { ClaimChange, ClaimLifecycle } from '../claim-lifecycle';
import { OPEN_STATUSES } from '../claim-status';
import { Claim } from '../claim.entity';
import { lockClaimsOfPatient } from '../patient-claims-lock';
import { claimFacts } from './claim-facts';
import { scrubClaim } from './claim-scrubber';

/** Scrubs a claim in the caller's transaction: it becomes ready, or needs_fix with every error named. */
@Injectable()
export class ClaimScrubbing {
  constructor(private readonly lifecycle: ClaimLifecycle) {}

  async scrub(manager: EntityManager, claim: Claim, change: Omit<ClaimChange, 'action'>): Promise<Claim> {
    const scrubErrors = scrubClaim(await claimFacts(manager, claim, change.now));
    await manager.update(Claim, { id: claim.id }, { scrubErrors });
    claim.scrubErrors = scrubErrors;
    return this.lifecycle.move(manager, claim, scrubErrors.length > 0 ? 'needs_fix' : 'ready', {
      ...change,
      action: 'scrubbed',
      details: { ...change.details, errors: scrubErrors.map(({ message }) => message) },
    });
  }

  /**
   * Scrubs again, locked, the patient's open claims `where` names: what claims learns late from another topic (a
   * visit's completion, a patient's coverage) may fix them, or show they need fixing.
   */
  async scrubOpenAgain(
    manager: EntityManager,
    where: FindOptionsWhere<Claim> & { patientId: string },
    change: Omit<ClaimChange, 'action'>,
  ): Promise<void> {
    await lockClaimsOfPatient(manager, where.patientId);
    const open = await manager.find(Claim, {
      where: { ...where, status: In([...OPEN_STATUSES]) },
      lock: { mode: 'pessimistic_write' },
    });
    for (const claim of open) await this.scrub(manager, claim, change);
  }
}
