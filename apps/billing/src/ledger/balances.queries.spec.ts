import { randomUUID } from 'node:crypto';
import { ClinicActor, UseCaseHarness } from '@praxis/testing';
import {
  aClinicWithPrices,
  releases,
  schedulingCompletes,
  schedulingRecordsCoverage,
  startBillingUseCases,
} from '../../test/billing-use-cases';
import { BalancesQueries } from './balances.queries';

describe('BalancesQueries', () => {
  let harness: UseCaseHarness;
  let sut: BalancesQueries;

  beforeAll(async () => {
    harness = await startBillingUseCases();
    sut = harness.get(BalancesQueries);
  });
  afterAll(() => harness.close());

  const releaseVisitOn = async (clerk: ClinicActor, patientId: string, startsAt: string) => {
    const visitId = await schedulingCompletes(harness, clerk, { patientId, startsAt });
    await releases(harness, clerk, visitId);
  };

  it('ages what each payer and each patient owes by the date of service, in 30-day buckets', async () => {
    const clerk = await aClinicWithPrices(harness, { effectiveFrom: '2025-01-01' });
    const insured = randomUUID();
    const selfPay = randomUUID();
    await schedulingRecordsCoverage(harness, clerk, insured, '60054');
    await releaseVisitOn(clerk, insured, '2026-03-02T15:00:00Z');
    await releaseVisitOn(clerk, selfPay, '2026-01-10T15:00:00Z');
    await releaseVisitOn(clerk, selfPay, '2025-10-01T15:00:00Z');

    const report = await harness.as(clerk, () => sut.aging(new Date('2026-03-20T15:00:00Z')));

    const empty = {
      days0To30Minor: 0,
      days31To60Minor: 0,
      days61To90Minor: 0,
      days91To120Minor: 0,
      over120DaysMinor: 0,
    };
    expect(report.rows).toEqual([
      {
        owedBy: 'patient',
        debtorId: selfPay,
        currency: 'USD',
        ...empty,
        days61To90Minor: 12_500,
        over120DaysMinor: 12_500,
        totalMinor: 25_000,
      },
      { owedBy: 'payer', debtorId: '60054', currency: 'USD', ...empty, days0To30Minor: 12_500, totalMinor: 12_500 },
    ]);
  });

  it("splits a patient's balance into what insurance has pending and what the patient owes", async () => {
    const clerk = await aClinicWithPrices(harness, { effectiveFrom: '2025-01-01' });
    const patientId = randomUUID();
    await releaseVisitOn(clerk, patientId, '2026-03-02T15:00:00Z');
    await schedulingRecordsCoverage(harness, clerk, patientId, '60054');
    await releaseVisitOn(clerk, patientId, '2026-03-03T15:00:00Z');

    expect(await harness.as(clerk, () => sut.patient(patientId))).toEqual({
      patientId,
      balances: [
        { currency: 'USD', insurancePendingMinor: 12_500, patientResponsibilityMinor: 12_500, creditMinor: 0 },
      ],
    });
    expect(await harness.as(clerk, () => sut.patient(randomUUID()))).toMatchObject({ balances: [] });
  });
});
