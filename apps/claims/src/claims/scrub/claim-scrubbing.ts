import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ClaimChange, ClaimLifecycle } from '../claim-lifecycle';
import { Claim } from '../claim.entity';
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
}
