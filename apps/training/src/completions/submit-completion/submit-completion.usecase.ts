import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@praxis/tenancy';
import { TrainingAudience } from '../../access/training-audience';
import { completionRow, liveAssignment } from '../completion-facts';
import { reviewOfSubmission } from '../completion-review';
import { Completion } from '../completion.entity';
import { CredentialRenewals } from '../credential-renewals';
import { SubmitCompletionCommand } from './submit-completion.command';

/** A staff member's own submission waits for a manager; what a manager records is verified as it is recorded. */
@Injectable()
export class SubmitCompletion {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly audience: TrainingAudience,
    private readonly renewals: CredentialRenewals,
  ) {}

  execute({
    tenantId,
    actorUserId,
    now,
    requirementId,
    userId,
    ...facts
  }: SubmitCompletionCommand): Promise<Completion> {
    const subject = userId ?? actorUserId ?? '';
    this.audience.refuseUnlessOwnOrManaged(subject, 'staff member', subject);
    return this.transactions.run(async (manager) => {
      const { requirement, assignment } = await liveAssignment(manager, requirementId, subject);
      const completion = await manager.save(
        manager.create(Completion, {
          ...(await completionRow(manager, now, requirement, subject, facts)),
          tenantId,
          ...reviewOfSubmission(this.audience.managesTraining(), actorUserId, now),
        }),
      );
      await this.renewals.announce(manager, requirement, assignment, completion, now);
      return completion;
    });
  }
}
