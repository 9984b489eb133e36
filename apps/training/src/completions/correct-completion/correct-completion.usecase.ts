import { Injectable } from '@nestjs/common';
import { sentFields } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { TrainingAudience } from '../../access/training-audience';
import { completionRow, findCompletion, liveAssignment } from '../completion-facts';
import { reviewOfSubmission } from '../completion-review';
import { Completion } from '../completion.entity';
import { CredentialRenewals } from '../credential-renewals';
import { CorrectCompletionCommand } from './correct-completion.command';

/**
 * A correction is a new completion that supersedes the old one, which stays as it was: the record shows what was
 * claimed, when, and what replaced it. It is reviewed like any submission.
 */
@Injectable()
export class CorrectCompletion {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly audience: TrainingAudience,
    private readonly renewals: CredentialRenewals,
  ) {}

  execute({ tenantId, actorUserId, now, completionId, corrections }: CorrectCompletionCommand): Promise<Completion> {
    return this.transactions.run(async (manager) => {
      const original = await findCompletion(manager, completionId);
      this.audience.refuseUnlessOwnOrManaged(original.userId, 'completion', completionId);
      const { requirement, assignment } = await liveAssignment(manager, original.requirementId, original.userId);
      const keptCertificate = corrections.certificate ? {} : { certificateId: original.certificateId };
      const facts = {
        completedOn: original.completedOn,
        ...(requirement.recurrence === 'printed_expiry' && original.expiresOn ? { expiresOn: original.expiresOn } : {}),
        ...(original.issuer ? { issuer: original.issuer } : {}),
        ...(original.certificateNumber ? { certificateNumber: original.certificateNumber } : {}),
        ...sentFields(corrections),
      };
      const correction = await manager.save(
        manager.create(Completion, {
          ...(await completionRow(manager, now, requirement, original.userId, facts)),
          ...keptCertificate,
          tenantId,
          supersedesId: original.id,
          ...reviewOfSubmission(this.audience.managesTraining(), actorUserId, now),
        }),
      );
      await this.renewals.announce(manager, requirement, assignment, correction, now);
      return correction;
    });
  }
}
