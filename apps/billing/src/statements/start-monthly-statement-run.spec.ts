import { ClinicActor, eventually, UseCaseHarness } from '@praxis/testing';
import { aChicagoClinicWithPrices, startBillingUseCases } from '../../test/billing-use-cases';
import { aReleasedVisit, schedulingRegisters } from '../../test/payment-builders';
import { aRunInProgress } from '../../test/statement-builders';
import { StartMonthlyStatementRunJob } from './start-monthly-statement-run.job';
import { StatementsQueries } from './statements.queries';

describe('the monthly statement run', () => {
  let harness: UseCaseHarness;
  let sut: StartMonthlyStatementRunJob;
  let queries: StatementsQueries;

  beforeAll(async () => {
    harness = await startBillingUseCases();
    sut = harness.get(StartMonthlyStatementRunJob);
    queries = harness.get(StatementsQueries);
  });
  afterAll(() => harness.close());

  /** Two patients each owing a $125.00 visit, at 06:00 in Chicago on the first of April. */
  const aClinicOnTheFirstOfTheMonth = async () => {
    const clerk = await aChicagoClinicWithPrices(harness);
    for (const patientId of [await schedulingRegisters(harness, clerk), await schedulingRegisters(harness, clerk)])
      await aReleasedVisit(harness, clerk, patientId);
    harness.clock.set('2026-04-01T11:00:00Z');
    return clerk;
  };

  const runs = (clerk: ClinicActor) => harness.as(clerk, () => queries.runs({ limit: 50 }));
  const fires = (clerk: ClinicActor) =>
    harness.as({ tenantId: clerk.tenantId, roles: [] }, () => sut.handle({ tenantId: clerk.tenantId }));

  it("sends the month's statements in one run, however often the job is retried", async () => {
    const clerk = await aClinicOnTheFirstOfTheMonth();

    await fires(clerk);
    await fires(clerk);

    const { items } = await runs(clerk);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ startedBy: null, asOf: new Date('2026-04-01T11:00:00Z') });
    const finished = await eventually(async () => {
      const run = await harness.as(clerk, () => queries.run(items[0].id));
      expect(run.status).toBe('completed');
      return run;
    });
    expect(finished).toMatchObject({ total: 2, issued: 2, skipped: [], failed: [] });
  });

  it('leaves the month to a run a clerk already has in progress', async () => {
    const clerk = await aClinicOnTheFirstOfTheMonth();
    await aRunInProgress(harness, clerk);

    await fires(clerk);

    const { items } = await runs(clerk);
    expect(items.map(({ startedBy }) => startedBy)).toEqual([clerk.userId]);
  });
});
