import { Injectable } from '@nestjs/common';
import { UnprocessableError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { ClaimLifecycle } from '../claim-lifecycle';
import { ClaimLine } from '../claim-line.entity';
import { ClaimNotEditableError, isEditable } from '../claim-status';
import { Claim } from '../claim.entity';
import { ClaimsQueries } from '../claims.queries';
import { ClaimScrubbing } from '../scrub/claim-scrubbing';
import { FixClaimCommand } from './fix-claim.command';

/** The clerk corrects a claim's diagnoses or pointers before it goes out (or after a rejection); it is scrubbed again. */
@Injectable()
export class FixClaim {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly lifecycle: ClaimLifecycle,
    private readonly scrubbing: ClaimScrubbing,
    private readonly queries: ClaimsQueries,
  ) {}

  execute({ claimId, diagnoses, lines = [], actorUserId, now }: FixClaimCommand): Promise<Claim> {
    return this.transactions.run(async (manager) => {
      const claim = await this.lifecycle.lock(manager, claimId);
      if (!isEditable(claim.status)) throw new ClaimNotEditableError(claim.status);
      await this.refuseLinesOfOtherClaims(
        manager,
        claimId,
        lines.map(({ lineId }) => lineId),
      );
      if (diagnoses) await manager.update(Claim, { id: claimId }, { diagnoses });
      for (const { lineId, diagnosisPointers } of lines)
        await manager.update(ClaimLine, { id: lineId }, { diagnosisPointers });
      const changes = { diagnoses, lines };
      await this.lifecycle.record(manager, claim, { actorUserId, now, action: 'fixed by clerk', details: changes });
      await this.scrubbing.scrub(manager, await this.lifecycle.lock(manager, claimId), { actorUserId, now });
      return this.queries.changed(manager, claimId);
    });
  }

  private async refuseLinesOfOtherClaims(manager: EntityManager, claimId: string, lineIds: string[]): Promise<void> {
    const own = new Set((await manager.findBy(ClaimLine, { claimId })).map(({ id }) => id));
    const problems = lineIds.flatMap((lineId, index) =>
      own.has(lineId) ? [] : [{ field: `lines[${index}].lineId`, message: `line ${lineId} is not on this claim` }],
    );
    if (problems.length > 0) throw new UnprocessableError('a line named is not on this claim', problems);
  }
}
