import { Injectable } from '@nestjs/common';
import { Jobs } from '@praxis/jobs';
import { IdempotentRequests } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { ProduceStatements } from '../produce-statements.job';
import { StatementRunInProgressError } from '../statement-rules';
import { StatementRun } from '../statement-run.entity';
import { StartStatementRunCommand } from './start-statement-run.command';

/**
 * Starts the clinic's statement run in the background. The job is queued after the run is committed, under the run's
 * id, so a retried request (same Idempotency-Key) queues it again if the first attempt could not, and never twice.
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
    await this.jobs.enqueue(ProduceStatements, { tenantId, runId: run.id }, { jobKey: `statement-run:${run.id}` });
    return run;
  }

  private async start(manager: EntityManager, tenantId: string, startedBy: string | null, asOf: Date) {
    if (await manager.existsBy(StatementRun, { status: 'running' })) throw new StatementRunInProgressError();
    const { identifiers } = await manager.insert(StatementRun, { tenantId, status: 'running', asOf, startedBy });
    return manager.findOneByOrFail(StatementRun, { id: identifiers[0].id as string });
  }
}
