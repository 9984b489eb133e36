import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@praxis/tenancy';
import { ClaimLifecycle } from '../../claims/claim-lifecycle';
import { Claim } from '../../claims/claim.entity';
import { ClaimsQueries } from '../../claims/claims.queries';
import { AddAppealNoteCommand } from './add-appeal-note.command';

/** The clerk notes an appeal made to the payer (by phone, portal or letter); the claim's history keeps it. */
@Injectable()
export class AddAppealNote {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly lifecycle: ClaimLifecycle,
    private readonly queries: ClaimsQueries,
  ) {}

  execute({ claimId, note, actorUserId, now }: AddAppealNoteCommand): Promise<Claim> {
    return this.transactions.run(async (manager) => {
      const claim = await this.lifecycle.lock(manager, claimId);
      await this.lifecycle.record(manager, claim, { actorUserId, now, action: 'appeal noted', details: { note } });
      return this.queries.changed(manager, claimId);
    });
  }
}
