import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@praxis/tenancy';
import { ClaimLifecycle } from '../claim-lifecycle';
import { DECIDED_STATUSES, DecidedClaimWithdrawalError } from '../claim-status';
import { Claim } from '../claim.entity';
import { ClaimsQueries } from '../claims.queries';
import { VoidClaimCommand } from './void-claim.command';

/**
 * The clerk withdraws a claim that will not be billed; the lifecycle decides when that is still possible. A claim the
 * payer decided stays on the payer's books until a void claim reaches it, so it is not withdrawn here.
 */
@Injectable()
export class VoidClaim {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly lifecycle: ClaimLifecycle,
    private readonly queries: ClaimsQueries,
  ) {}

  execute({ claimId, reason, actorUserId, now }: VoidClaimCommand): Promise<Claim> {
    return this.transactions.run(async (manager) => {
      const claim = await this.lifecycle.lock(manager, claimId);
      if (DECIDED_STATUSES.includes(claim.status)) throw new DecidedClaimWithdrawalError(claim.status);
      await this.lifecycle.move(manager, claim, 'voided', { actorUserId, now, action: 'voided', details: { reason } });
      return this.queries.changed(manager, claimId);
    });
  }
}
