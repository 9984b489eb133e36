import { ClinicActor, UseCaseHarness } from '@praxis/testing';
import {
  aCharge,
  aClinicSetUpToBill,
  aCoverage,
  billingPosts,
  schedulingCompletes,
  schedulingRecordsCoverage,
  startClaimsUseCases,
} from '../../test/claims-use-cases';
import { FilingDeadlinesQuery } from './filing-deadlines.query';
import { ScanFilingDeadlinesJob } from './scan-filing-deadlines.job';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('ScanFilingDeadlinesJob and the timely-filing worklist (Aetna takes claims up to 90 days)', () => {
  let harness: UseCaseHarness;

  beforeAll(async () => {
    harness = await startClaimsUseCases();
  });
  afterAll(() => harness.close());

  const aClaimOf = async (clerk: ClinicActor, dateOfService: string) => {
    const charge = aCharge({ dateOfService });
    await schedulingRecordsCoverage(harness, clerk, charge.patientId, aCoverage({ effectiveFrom: '2025-01-01' }));
    await schedulingCompletes(harness, clerk, charge);
    await billingPosts(harness, clerk, charge);
    return charge.visitId;
  };
  const scan = (clerk: ClinicActor) =>
    harness.as(clerk, () => harness.get(ScanFilingDeadlinesJob).handle({ tenantId: clerk.tenantId }));
  const worklist = (clerk: ClinicActor) =>
    harness.as(clerk, () => harness.get(FilingDeadlinesQuery).list(harness.clock.now()));

  it('lists unsubmitted claims by due date with the days left, and alerts each stage once as the limit nears', async () => {
    harness.clock.set('2026-03-10T15:00:00Z');
    const clerk = await aClinicSetUpToBill(harness);
    await aClaimOf(clerk, '2026-01-01');
    await aClaimOf(clerk, '2025-12-12');
    await aClaimOf(clerk, '2026-03-02');

    await scan(clerk);
    await scan(clerk);

    const { today, items } = await worklist(clerk);
    expect(today).toBe('2026-03-10');
    expect(
      items.map(({ dateOfService, filingDeadline, dueInDays, alerts }) => [
        dateOfService,
        filingDeadline,
        dueInDays,
        alerts.map(({ stage }) => stage),
      ]),
    ).toEqual([
      ['2025-12-12', '2026-03-12', 2, [7]],
      ['2026-01-01', '2026-04-01', 22, [30]],
      ['2026-03-02', '2026-05-31', 82, []],
    ]);

    harness.clock.advance(20 * DAY_MS);
    await scan(clerk);

    const later = await worklist(clerk);
    expect(later.items.map(({ dueInDays, alerts }) => [dueInDays, alerts.map(({ stage }) => stage)])).toEqual([
      [-18, [7, 0]],
      [2, [30, 7]],
      [62, []],
    ]);
  });
});
