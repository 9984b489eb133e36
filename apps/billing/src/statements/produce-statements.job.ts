import { defineJob, HandlesJob, JobHandler, PayloadOf, QueueName } from '@praxis/jobs';
import { Clock } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager, IsNull } from 'typeorm';
import { z } from 'zod';
import { PatientOutcome } from './dto/patient-outcome.dto';
import { StatementIssuer } from './statement-issuer';
import { NoStatementError } from './statement-rules';
import { StatementRun } from './statement-run.entity';

export const ProduceStatements = defineJob({
  name: 'ProduceStatementsJob',
  queue: QueueName.PatientStatements,
  payload: z.object({ tenantId: z.string().uuid(), runId: z.string().uuid() }),
});

/** Patients whose own balance (receivable less unapplied credit) is above zero, in every currency. */
const PATIENTS_WITH_BALANCE_DUE = `
  SELECT patient_id FROM ledger_entries
   WHERE account IN ('patient_receivable', 'patient_credit')
   GROUP BY patient_id, currency
  HAVING sum(amount_minor) > 0
   ORDER BY patient_id`;

type Run = PayloadOf<typeof ProduceStatements>;

/** One job per run, so queueing a run's work twice runs it once. */
export const runJobKey = (runId: string): string => `statement-run:${runId}`;

/**
 * Works through a statement run: one transaction per patient, which issues the statement (or records why not) and
 * counts it on the run together, so a job retried after a crash goes on where it stopped and counts nobody twice.
 */
@HandlesJob(ProduceStatements)
export class ProduceStatementsJob implements JobHandler<Run> {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly issuer: StatementIssuer,
    private readonly clock: Clock,
  ) {}

  async handle({ tenantId, runId }: Run): Promise<void> {
    const patients = await this.transactions.run(async (manager) => {
      const found: { patient_id: string }[] = await manager.query(PATIENTS_WITH_BALANCE_DUE);
      const ids = [...new Set(found.map((row) => row.patient_id))];
      await manager.update(StatementRun, { id: runId, total: IsNull() }, { total: ids.length });
      return ids;
    });
    for (const patientId of patients) await this.produceFor(tenantId, runId, patientId);
    await this.transactions.run((manager) =>
      manager.update(
        StatementRun,
        { id: runId, status: 'running' },
        { status: 'completed', finishedAt: this.clock.now() },
      ),
    );
  }

  private async produceFor(tenantId: string, runId: string, patientId: string): Promise<void> {
    try {
      await this.transactions.run(async (manager) => {
        const run = await this.lockedRun(manager, runId);
        if (run === null || (await handledIn(manager, run, patientId))) return;
        try {
          await this.issuer.issue(manager, {
            tenantId,
            patientId,
            asOf: run.asOf,
            force: false,
            runId,
            actorUserId: run.startedBy,
          });
          await manager.increment(StatementRun, { id: runId }, 'issued', 1);
        } catch (error) {
          if (!(error instanceof NoStatementError)) throw error;
          await appendOutcome(manager, runId, 'skipped', { patientId, reason: error.reason });
        }
      });
    } catch (error) {
      await this.transactions.run((manager) =>
        appendOutcome(manager, runId, 'failed', {
          patientId,
          reason: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  }

  private lockedRun(manager: EntityManager, runId: string): Promise<StatementRun | null> {
    return manager.findOne(StatementRun, {
      where: { id: runId, status: 'running' },
      lock: { mode: 'pessimistic_write' },
    });
  }
}

const handledIn = async (manager: EntityManager, run: StatementRun, patientId: string): Promise<boolean> => {
  const outcomes = [...run.skipped, ...run.failed];
  if (outcomes.some((outcome) => outcome.patientId === patientId)) return true;
  const [issued]: unknown[] = await manager.query(
    `SELECT 1 FROM patient_statements WHERE run_id = $1 AND patient_id = $2`,
    [run.id, patientId],
  );
  return issued !== undefined;
};

const appendOutcome = (manager: EntityManager, runId: string, list: 'skipped' | 'failed', outcome: PatientOutcome) =>
  manager.query(`UPDATE statement_runs SET ${list} = ${list} || $2::jsonb WHERE id = $1`, [
    runId,
    JSON.stringify([outcome]),
  ]);
