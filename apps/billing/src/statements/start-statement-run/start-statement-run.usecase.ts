import { Injectable } from '@nestjs/common';
import { Jobs } from '@praxis/jobs';
import { IdempotentRequests } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { ProduceStatements, runJobKey } from '../produce-statements.job';
import { StatementRunInProgressError } from '../statement-rules';
import { StatementRun } from '../statement-run.entity';
import { StartStatementRunCommand } from './start-statement-run.command';

/**
 * Starts the clinic's statement run in the background. The work is queued after the run is committed, under the run's
 * id, so a retried request (same Idempotency-Key) queues it again if the first attempt could not, and never twice. A
 * run whose job gave up (every retry spent) is taken up again rather than blocking the clinic's runs for good: the job
 * goes on from the patients it had not handled.
 */
@Injectable()
export class StartStatementRun {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly idempotency: IdempotentRequests,
    private readonly jobs: Jobs,
  ) {}

  async execute({ tenantId, actorUserId, now, idempotencyKey }: StartStatementRunCommand): Promise<StatementRun> {
    const run = await this.transactions.run(async (manager) => {
      const { result } = await this.idempotency.once(manager, idempotencyKey, { statementRun: tenantId }, () =>
        this.start(manager, tenantId, actorUserId, now),
      );
      return result;
    });
    const jobKey = runJobKey(run.id);
    if (!(await this.jobs.isPending(ProduceStatements, jobKey)))
      await this.jobs.reschedule(ProduceStatements, { tenantId, runId: run.id }, { delayMs: 0, jobKey });
    return run;
  }

  private async start(manager: EntityManager, tenantId: string, startedBy: string | null, asOf: Date) {
    const running = await manager.findOneBy(StatementRun, { status: 'running' });
    if (running) {
      if (await this.jobs.isPending(ProduceStatements, runJobKey(running.id))) throw new StatementRunInProgressError();
      return running;
    }
    const { identifiers } = await manager.insert(StatementRun, { tenantId, status: 'running', asOf, startedBy });
    return manager.findOneByOrFail(StatementRun, { id: identifiers[0].id as string });
  }
}
