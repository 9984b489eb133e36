import { Injectable } from '@nestjs/common';
import { IdempotentRequests, UnprocessableError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { ClaimLifecycle } from '../claims/claim-lifecycle';
import { copyClaim } from '../claims/claim-copy';
import { ClaimStatus } from '../claims/claim-status';
import { Claim } from '../claims/claim.entity';
import { ClaimsQueries } from '../claims/claims.queries';
import { ClaimScrubbing } from '../claims/scrub/claim-scrubbing';
import { payerClaimNumberReplaced } from './payer-claim-number-replaced';

export class NoPayerClaimNumberError extends UnprocessableError {
  constructor() {
    super('the payer has not given its own number for this claim, which a replacement or void must name (REF*F8)');
  }
}

export interface FollowUp {
  claimId: string;
  actorUserId: string | null;
  now: Date;
  idempotencyKey?: string;
  reason: string;
}

interface FollowUpKind {
  frequency: '7' | '8';
  /** What becomes of the decided claim. */
  decidedBecomes: Extract<ClaimStatus, 'corrected' | 'voided'>;
  action: string;
}

/**
 * A claim that follows up a decided one at the same payer: a replacement (7) or a void (8), reusing its patient
 * control number and naming the payer's claim number. The decided claim moves on through the lifecycle, which refuses
 * any claim the payer has not decided on, and the new claim is scrubbed for the next submission.
 */
@Injectable()
export class FollowUpClaims {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly idempotency: IdempotentRequests,
    private readonly lifecycle: ClaimLifecycle,
    private readonly scrubbing: ClaimScrubbing,
    private readonly queries: ClaimsQueries,
  ) {}

  file(kind: FollowUpKind, { claimId, actorUserId, now, idempotencyKey, reason }: FollowUp): Promise<Claim> {
    return this.transactions.run(async (manager) => {
      const request = { followUp: kind.frequency, claimId, reason };
      const { result: followUpId } = await this.idempotency.once(manager, idempotencyKey, request, async () => {
        const decided = await this.lifecycle.lock(manager, claimId);
        await this.lifecycle.move(manager, decided, kind.decidedBecomes, {
          ...{ actorUserId, now, action: kind.action, details: { reason } },
        });
        const { patientControlNumber, payerId, responsibility } = decided;
        const terms = { patientControlNumber, payerId, responsibility, frequency: kind.frequency };
        const followUp = await copyClaim(
          manager,
          decided,
          { ...terms, replacesClaimId: decided.id },
          {
            ...{ lifecycle: this.lifecycle, scrubbing: this.scrubbing, actorUserId, now },
            action: kind.frequency === '7' ? 'replacement built' : 'void built',
          },
        );
        if (!(await payerClaimNumberReplaced(manager, followUp))) throw new NoPayerClaimNumberError();
        return followUp.id;
      });
      return this.queries.changed(manager, followUpId);
    });
  }
}
