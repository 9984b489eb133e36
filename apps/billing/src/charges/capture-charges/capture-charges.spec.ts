import { randomUUID } from 'node:crypto';
import { ClinicActor, handledTogether, UseCaseHarness } from '@praxis/testing';
import {
  aClinicWithPrices,
  schedulingCompletes,
  schedulingRecordsCoverage,
  startBillingUseCases,
} from '../../../test/billing-use-cases';
import { ChargesQueries } from '../charges.queries';
import { VisitQuery } from '../dto/visit.dto';
import { CaptureCharges } from './capture-charges.usecase';

/** An office visit, the insurer's contracted price for it, and an injection. */
const PRICES = { rows: ['99213,,,125.00', '99213,,60054,98.40', '96372,,,25.00'] };

describe('CaptureCharges', () => {
  let harness: UseCaseHarness;
  let charges: ChargesQueries;

  beforeAll(async () => {
    harness = await startBillingUseCases();
    charges = harness.get(ChargesQueries);
  });
  afterAll(() => harness.close());

  const visitOf = (clerk: ClinicActor, id: string) => harness.as(clerk, () => charges.get(id));
  const worklist = (clerk: ClinicActor) =>
    harness.as(clerk, () => charges.page({ limit: 50, status: 'needs_review' } as VisitQuery));

  it("prices each line from the schedule in force, keeping its diagnoses, and bills the patient's insurer", async () => {
    const clerk = await aClinicWithPrices(harness, PRICES);
    const patientId = randomUUID();
    await schedulingRecordsCoverage(harness, clerk, patientId, '60054');
    const visitId = await schedulingCompletes(harness, clerk, {
      patientId,
      procedures: [
        { code: '99213', modifiers: ['25'], units: 1, diagnosisPointers: [2, 1] },
        { code: '96372', modifiers: [], units: 2, diagnosisPointers: [1] },
      ],
    });

    const visit = await visitOf(clerk, visitId);
    expect(visit).toMatchObject({
      status: 'ready',
      dateOfService: '2026-03-02',
      billTo: 'insurance',
      payerId: '60054',
      currency: 'USD',
    });
    expect(
      visit.charges?.map(({ procedureCode, diagnoses, amountMinor }) => [procedureCode, diagnoses, amountMinor]),
    ).toEqual([
      ['99213', ['E11.9', 'J06.9'], 12_500],
      ['96372', ['J06.9'], 5_000],
    ]);
  });

  it('bills the patient for a visit without coverage in force on the date of service', async () => {
    const clerk = await aClinicWithPrices(harness, PRICES);
    const visitId = await schedulingCompletes(harness, clerk);
    expect(await visitOf(clerk, visitId)).toMatchObject({ billTo: 'patient', payerId: null, status: 'ready' });
  });

  it('bills the insurer of a card recorded after the visit completed, until the visit is released', async () => {
    const clerk = await aClinicWithPrices(harness, PRICES);
    const patientId = randomUUID();
    const visitId = await schedulingCompletes(harness, clerk, { patientId });

    await schedulingRecordsCoverage(harness, clerk, patientId, '60054');

    expect(await visitOf(clerk, visitId)).toMatchObject({ billTo: 'insurance', payerId: '60054', status: 'ready' });
  });

  it('bills the insurer of a card whose coverage event is handled at the same moment as the completion', async () => {
    const clerk = await aClinicWithPrices(harness, PRICES);
    const patientId = randomUUID();
    let visitId = '';

    await handledTogether(
      harness,
      { target: harness.get(CaptureCharges), method: 'execute' },
      async () => (visitId = await schedulingCompletes(harness, clerk, { patientId })),
      () => schedulingRecordsCoverage(harness, clerk, patientId, '60054'),
    );

    expect(await visitOf(clerk, visitId)).toMatchObject({ billTo: 'insurance', payerId: '60054', status: 'ready' });
  });

  it('dates the visit where it happened: 8 pm in Chicago is still that day', async () => {
    const clerk = await aClinicWithPrices(harness, PRICES);
    const visitId = await schedulingCompletes(harness, clerk, { startsAt: '2026-03-03T02:00:00Z' });
    expect((await visitOf(clerk, visitId)).dateOfService).toBe('2026-03-02');
  });

  it('puts a visit with a code the schedule has no price for on the review worklist', async () => {
    const clerk = await aClinicWithPrices(harness, PRICES);
    const priced = await schedulingCompletes(harness, clerk);
    const unpriced = await schedulingCompletes(harness, clerk, {
      procedures: [
        { code: '99213', modifiers: [], units: 1, diagnosisPointers: [1] },
        { code: '20610', modifiers: [], units: 1, diagnosisPointers: [1] },
      ],
    });

    expect((await worklist(clerk)).items.map(({ id }) => id)).toEqual([unpriced]);
    expect((await visitOf(clerk, unpriced)).charges?.map(({ amountMinor }) => amountMinor)).toEqual([12_500, null]);
    expect((await visitOf(clerk, priced)).status).toBe('ready');
  });
});
