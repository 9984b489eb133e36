import { defineJob, HandlesJob, JobHandler, PayloadOf, QueueName } from '@praxis/jobs';
import { Clock } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { z } from 'zod';
import { stageReached } from './filing-deadline';
import { FilingDeadlinesQuery } from './filing-deadlines.query';
import { TimelyFilingAlert } from './timely-filing-alert.entity';

export const ScanFilingDeadlines = defineJob({
  name: 'ScanFilingDeadlinesJob',
  queue: QueueName.ClaimStatusPolling,
  payload: z.object({ tenantId: z.string().uuid() }),
});

/**
 * The clinic's daily look at its payers' filing limits: each claim not yet filed that reached an alert stage (30, 14
 * or 7 days left, or passed) gets that stage's alert, once. A late or repeated run raises the stage it finds, never
 * one twice.
 */
@HandlesJob(ScanFilingDeadlines)
export class ScanFilingDeadlinesJob implements JobHandler<PayloadOf<typeof ScanFilingDeadlines>> {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly deadlines: FilingDeadlinesQuery,
    private readonly clock: Clock,
  ) {}

  handle({ tenantId }: PayloadOf<typeof ScanFilingDeadlines>): Promise<void> {
    const now = this.clock.now();
    return this.transactions.run(async (manager) => {
      const { items } = await this.deadlines.worklist(manager, now);
      const raised = items.flatMap(({ claimId, filingDeadline, dueInDays }) => {
        const stage = stageReached(dueInDays);
        return stage === null ? [] : [{ tenantId, claimId, filingDeadline, stage, daysLeft: dueInDays, raisedAt: now }];
      });
      if (raised.length === 0) return;
      await manager.createQueryBuilder().insert().into(TimelyFilingAlert).values(raised).orIgnore().execute();
    });
  }
}
