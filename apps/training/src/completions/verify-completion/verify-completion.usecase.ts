import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@praxis/tenancy';
import { findCompletion, liveAssignment } from '../completion-facts';
import { refuseUnlessReviewable } from '../completion-review';
import { Completion } from '../completion.entity';
import { CredentialRenewals } from '../credential-renewals';
import { VerifyCompletionCommand } from './verify-completion.command';

@Injectable()
export class VerifyCompletion {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly renewals: CredentialRenewals,
  ) {}

  execute({ completionId, actorUserId, now }: VerifyCompletionCommand): Promise<Completion> {
    return this.transactions.run(async (manager) => {
      const completion = await findCompletion(manager, completionId);
      refuseUnlessReviewable(completion.review, 'verified');
      const { requirement, assignment } = await liveAssignment(manager, completion.requirementId, completion.userId);
      const verified = await manager.save(
        Object.assign(completion, { review: 'verified' as const, reviewedBy: actorUserId, reviewedAt: now }),
      );
      await this.renewals.announce(manager, requirement, assignment, verified, now);
      return verified;
    });
  }
}
