import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@praxis/tenancy';
import { ClaimLifecycle } from '../claim-lifecycle';
import { Claim } from '../claim.entity';
import { ClaimsQueries } from '../claims.queries';
import { ClaimScrubbing } from '../scrub/claim-scrubbing';
import { ScrubClaimCommand } from './scrub-claim.command';

/** The clerk scrubs a claim again after fixing what it named elsewhere (billing profile, payer, coverage). */
@Injectable()
export class ScrubClaim {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly lifecycle: ClaimLifecycle,
    private readonly scrubbing: ClaimScrubbing,
    private readonly queries: ClaimsQueries,
  ) {}

  execute({ claimId, actorUserId, now }: ScrubClaimCommand): Promise<Claim> {
    return this.transactions.run(async (manager) => {
      await this.scrubbing.scrub(manager, await this.lifecycle.lock(manager, claimId), { actorUserId, now });
      return this.queries.changed(manager, claimId);
    });
  }
}
