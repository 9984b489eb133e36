import { Inject } from '@nestjs/common';
import { defineJob, HandlesJob, JobHandler, Jobs, PayloadOf, QueueName } from '@praxis/jobs';
import { Clock } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { z } from 'zod';
import { PollClearinghouseMailbox } from '../acknowledgements/poll-clearinghouse-mailbox.job';
import { ClaimLifecycle } from '../claims/claim-lifecycle';
import { ClaimSubmission } from './claim-submission.entity';
import { ClearinghouseAdapter } from './clearinghouse-adapter';
import { SubmissionBuilder } from './submission-builder';
import { SUBMISSION_SETTINGS, SubmissionSettings } from './submission-settings';
import { SubmittedClaim } from './submitted-claim.entity';

export const SendClaimSubmission = defineJob({
  name: 'SendClaimSubmissionJob',
  queue: QueueName.ClaimSubmission,
  payload: z.object({ tenantId: z.string().uuid(), submissionId: z.string().uuid() }),
});

/**
 * Builds the submission's file once (a retry finds it built and sends the same bytes), sends it, and keeps reading
 * the clinic's mailbox for the replies. A file the clearinghouse refuses outright rejects every claim in it.
 */
@HandlesJob(SendClaimSubmission)
export class SendClaimSubmissionJob implements JobHandler<PayloadOf<typeof SendClaimSubmission>> {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly builder: SubmissionBuilder,
    private readonly clearinghouse: ClearinghouseAdapter,
    private readonly lifecycle: ClaimLifecycle,
    private readonly jobs: Jobs,
    private readonly clock: Clock,
    @Inject(SUBMISSION_SETTINGS) private readonly settings: SubmissionSettings,
  ) {}

  async handle({ tenantId, submissionId }: PayloadOf<typeof SendClaimSubmission>): Promise<void> {
    const submission = await this.transactions.run((manager) =>
      this.builder.build(manager, submissionId, this.clock.now()),
    );
    if (submission?.status !== 'built' || !submission.submitterId) return;
    const receipt = await this.clearinghouse.send(submission.submitterId, await this.bytesOf(submissionId));
    if (receipt.taken) await this.markSent(submissionId);
    else await this.refuse(submissionId, receipt.reason);
    await this.jobs.repeatEvery(
      PollClearinghouseMailbox,
      { tenantId },
      { everyMs: this.settings.pollEveryMs, jobKey: tenantId },
    );
  }

  private bytesOf(submissionId: string): Promise<Buffer> {
    return this.transactions.run(async (manager) => {
      const stored = await manager.findOneOrFail(ClaimSubmission, {
        where: { id: submissionId },
        select: { id: true, x12: true },
      });
      return stored.x12 as Buffer;
    });
  }

  private markSent(submissionId: string): Promise<unknown> {
    return this.transactions.run((manager) =>
      manager.update(
        ClaimSubmission,
        { id: submissionId, status: 'built' },
        { status: 'sent', sentAt: this.clock.now() },
      ),
    );
  }

  private refuse(submissionId: string, reason: string): Promise<void> {
    return this.transactions.run(async (manager) => {
      const now = this.clock.now();
      await manager.update(ClaimSubmission, { id: submissionId }, { status: 'refused', refusal: reason });
      const claims = await manager.findBy(SubmittedClaim, { submissionId });
      const change = { actorUserId: null, now, action: 'refused by the clearinghouse', details: { submissionId } };
      for (const { claimId } of claims)
        await this.lifecycle.reject(manager, claimId, [{ code: null, message: reason }], change);
    });
  }
}
