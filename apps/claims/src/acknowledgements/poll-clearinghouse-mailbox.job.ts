import { Logger } from '@nestjs/common';
import { defineJob, HandlesJob, JobHandler, PayloadOf, QueueName } from '@praxis/jobs';
import { Clock, UnprocessableError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { z } from 'zod';
import { BillingProfile } from '../billing-profiles/billing-profile.entity';
import { PostRemittance } from '../remittances/post-remittance/post-remittance.usecase';
import { ClearinghouseAdapter, ClearinghouseReply } from '../submissions/clearinghouse-adapter';
import { holdsRemittances } from './acknowledgement-file';
import { ApplyAcknowledgement } from './apply-acknowledgement/apply-acknowledgement.usecase';

export const PollClearinghouseMailbox = defineJob({
  name: 'PollClearinghouseMailboxJob',
  queue: QueueName.ClaimStatusPolling,
  payload: z.object({ tenantId: z.string().uuid() }),
});

/**
 * Reads the clinic's mailbox at the clearinghouse, oldest first, and applies each 999 and 277CA and posts each 835
 * (through the same use cases as a clerk's upload), then deletes it there. A reply is deleted only once taken (or
 * known unreadable), so a failure part way leaves the rest for the next run, and a reply taken again after a crash
 * between taking and deleting it is a file seen before, which changes nothing.
 */
@HandlesJob(PollClearinghouseMailbox)
export class PollClearinghouseMailboxJob implements JobHandler<PayloadOf<typeof PollClearinghouseMailbox>> {
  private readonly logger = new Logger(PollClearinghouseMailboxJob.name);

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly clearinghouse: ClearinghouseAdapter,
    private readonly applyAcknowledgement: ApplyAcknowledgement,
    private readonly postRemittance: PostRemittance,
    private readonly clock: Clock,
  ) {}

  async handle({ tenantId }: PayloadOf<typeof PollClearinghouseMailbox>): Promise<void> {
    const profile = await this.transactions.run((manager) => manager.findOneBy(BillingProfile, { tenantId }));
    if (!profile?.submitterId) return;
    const replies = await this.clearinghouse.collect(profile.submitterId);
    for (const reply of replies) {
      await this.take(tenantId, reply);
      await this.clearinghouse.remove(profile.submitterId, reply.id);
    }
  }

  private async take(tenantId: string, reply: ClearinghouseReply): Promise<void> {
    const command = {
      tenantId,
      actorUserId: null,
      now: this.clock.now(),
      content: reply.content,
      source: 'clearinghouse' as const,
    };
    const taking = holdsRemittances(reply.content)
      ? this.postRemittance.execute(command)
      : this.applyAcknowledgement.execute(command);
    await taking.catch((error: unknown) => {
      if (!(error instanceof UnprocessableError)) throw error;
      // Kept out of the mailbox so one bad reply cannot hold back the ones after it; its problems are logged.
      this.logger.error({ tenantId, replyId: reply.id, problems: error.errors }, 'an unreadable reply was set aside');
    });
  }
}
