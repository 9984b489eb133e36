import { defineJob, HandlesJob, JobHandler, PayloadOf, QueueName } from '@praxis/jobs';
import { Clock } from '@praxis/platform';
import { KnownClinic } from '@praxis/replicas';
import { TenantTransactions } from '@praxis/tenancy';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { StartStatementRun } from './start-statement-run/start-statement-run.usecase';
import { StatementRunInProgressError } from './statement-rules';

export const StartMonthlyStatementRun = defineJob({
  name: 'StartMonthlyStatementRunJob',
  queue: QueueName.PatientStatements,
  payload: z.object({ tenantId: z.string().uuid() }),
});

type Clinic = PayloadOf<typeof StartMonthlyStatementRun>;

/**
 * The clinic's monthly statement run, started as a clerk would start one. The month on the clinic's calendar is the
 * run's Idempotency-Key, so a retried job finds the run it opened and queues its work again rather than a second run.
 */
@HandlesJob(StartMonthlyStatementRun)
export class StartMonthlyStatementRunJob implements JobHandler<Clinic> {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly startStatementRun: StartStatementRun,
    private readonly clock: Clock,
  ) {}

  async handle({ tenantId }: Clinic): Promise<void> {
    const now = this.clock.now();
    const clinic = await this.transactions.run((manager) => manager.findOneBy(KnownClinic, { tenantId }));
    const month = DateTime.fromJSDate(now, { zone: clinic?.timeZone ?? 'UTC' }).toFormat('yyyy-MM');
    try {
      await this.startStatementRun.execute({
        tenantId,
        actorUserId: null,
        now,
        idempotencyKey: `monthly-statement-run:${month}`,
      });
    } catch (error) {
      // A run a clerk started is already sending this month's statements.
      if (!(error instanceof StatementRunInProgressError)) throw error;
    }
  }
}
