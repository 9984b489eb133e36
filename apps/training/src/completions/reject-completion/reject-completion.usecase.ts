import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@praxis/tenancy';
import { findCompletion } from '../completion-facts';
import { refuseUnlessReviewable } from '../completion-review';
import { Completion } from '../completion.entity';
import { RejectCompletionCommand } from './reject-completion.command';

/** The reason is kept with the completion, for the staff member to read and resubmit. */
@Injectable()
export class RejectCompletion {
  constructor(private readonly transactions: TenantTransactions) {}

  execute({ completionId, reason, actorUserId, now }: RejectCompletionCommand): Promise<Completion> {
    return this.transactions.run(async (manager) => {
      const completion = await findCompletion(manager, completionId);
      refuseUnlessReviewable(completion.review, 'rejected');
      return manager.save(
        Object.assign(completion, {
          review: 'rejected' as const,
          rejectionReason: reason,
          reviewedBy: actorUserId,
          reviewedAt: now,
        }),
      );
    });
  }
}
