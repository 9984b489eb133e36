import { NotFoundError } from '@praxis/platform';
import { ClinicActor, eventually, UseCaseHarness } from '@praxis/testing';
import {
  aChicagoClinicWithPrices,
  releases,
  schedulingCompletes,
  schedulingRecordsCoverage,
  startBillingUseCases,
} from '../../../test/billing-use-cases';
import { aReleasedVisit, schedulingRegisters } from '../../../test/payment-builders';
import { aRunInProgress, aRunWithoutItsJob } from '../../../test/statement-builders';
import { IssueStatement } from '../issue-statement/issue-statement.usecase';
import { ProduceStatementsJob } from '../produce-statements.job';
import { StatementRunInProgressError } from '../statement-rules';
import { StatementsQueries } from '../statements.queries';
import { StartStatementRun } from './start-statement-run.usecase';

describe('StartStatementRun', () => {
  let harness: UseCaseHarness;
  let sut: StartStatementRun;
  let queries: StatementsQueries;

  beforeAll(async () => {
    harness = await startBillingUseCases();
    sut = harness.get(StartStatementRun);
    queries = harness.get(StatementsQueries);
  });
  afterAll(() => harness.close());

  const starts = (clerk: ClinicActor, idempotencyKey?: string) =>
    harness.as(clerk, () => sut.execute({ ...harness.commandFor(clerk), idempotencyKey }));

  const aPatientOwing = async (clerk: ClinicActor) => {
    const patientId = await schedulingRegisters(harness, clerk);
    await aReleasedVisit(harness, clerk, patientId);
    return patientId;
  };

  /** Two patients owing $125.00, one already sent a statement on 10 March, and one whose insurer owes instead. */
  const aClinicWithBalances = async () => {
    const clerk = await aChicagoClinicWithPrices(harness);
    const owing = [await aPatientOwing(clerk), await aPatientOwing(clerk)];
    const recentlySent = await aPatientOwing(clerk);
    harness.clock.set('2026-03-10T15:00:00Z');
    await harness.as(clerk, () =>
      harness.get(IssueStatement).execute({ ...harness.commandFor(clerk), patientId: recentlySent }),
    );
    const insured = await schedulingRegisters(harness, clerk);
    await schedulingRecordsCoverage(harness, clerk, insured);
    await releases(harness, clerk, await schedulingCompletes(harness, clerk, { patientId: insured }));
    harness.clock.set('2026-03-31T15:00:00Z');
    return { clerk, owing, recentlySent };
  };

  it('issues a statement to every patient with a balance due in the background, and says why it skipped others', async () => {
    const { clerk, owing, recentlySent } = await aClinicWithBalances();

    const started = await starts(clerk);
    const finished = await eventually(async () => {
      const run = await harness.as(clerk, () => queries.run(started.id));
      expect(run.status).toBe('completed');
      return run;
    });

    expect(finished).toMatchObject({
      total: 3,
      issued: 2,
      skipped: [{ patientId: recentlySent, reason: 'statement_within_30_days' }],
      failed: [],
    });
    const statements = await harness.as(clerk, () => queries.runStatements(started.id, { limit: 50 }));
    expect(statements.items.map(({ patientId }) => patientId).sort()).toEqual([...owing].sort());
    expect(statements.items.map(({ statementDate, balanceDueMinor }) => ({ statementDate, balanceDueMinor }))).toEqual([
      { statementDate: '2026-03-31', balanceDueMinor: 12_500 },
      { statementDate: '2026-03-31', balanceDueMinor: 12_500 },
    ]);
  });

  it('shows a run as running with nothing counted until its job works through the patients, then its result', async () => {
    const { clerk } = await aClinicWithBalances();
    const waiting = await aRunWithoutItsJob(harness, clerk);

    expect(await harness.as(clerk, () => queries.run(waiting))).toMatchObject({
      status: 'running',
      total: null,
      issued: 0,
      skipped: [],
      failed: [],
      finishedAt: null,
    });
    await harness.as(clerk, () =>
      harness.get(ProduceStatementsJob).handle({ tenantId: clerk.tenantId, runId: waiting }),
    );
    expect(await harness.as(clerk, () => queries.run(waiting))).toMatchObject({
      status: 'completed',
      total: 3,
      issued: 2,
      finishedAt: harness.clock.now(),
    });
  });

  it('refuses a second run while one of the clinic is in progress', async () => {
    const { clerk } = await aClinicWithBalances();
    await aRunInProgress(harness, clerk);

    await expect(starts(clerk)).rejects.toThrow(StatementRunInProgressError);
  });

  it("takes up a run whose job is no longer queued (it gave up or was lost) rather than refusing the clinic's runs", async () => {
    const { clerk } = await aClinicWithBalances();
    const stuck = await aRunWithoutItsJob(harness, clerk);

    const started = await starts(clerk);

    expect(started.id).toBe(stuck);
    const finished = await eventually(async () => {
      const run = await harness.as(clerk, () => queries.run(stuck));
      expect(run.status).toBe('completed');
      return run;
    });
    expect(finished).toMatchObject({ total: 3, issued: 2 });
  });

  it('starts one run for one Idempotency-Key, however often the request is sent', async () => {
    const { clerk } = await aClinicWithBalances();

    const first = await starts(clerk, 'statement-run-march');
    const again = await starts(clerk, 'statement-run-march');

    expect(again.id).toBe(first.id);
    const runs = await harness.as(clerk, () => queries.runs({ limit: 50 }));
    expect(runs.items.map(({ id }) => id)).toEqual([first.id]);
  });

  it('is not found by another clinic', async () => {
    const { clerk } = await aClinicWithBalances();
    const run = await starts(clerk);
    const otherClinic = await aChicagoClinicWithPrices(harness);

    await expect(harness.as(otherClinic, () => queries.run(run.id))).rejects.toThrow(NotFoundError);
  });
});
