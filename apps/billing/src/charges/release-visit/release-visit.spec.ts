import { ChargePosted } from '@praxis/contracts';
import { TenantTransactions } from '@praxis/tenancy';
import { ClinicActor, UseCaseHarness } from '@praxis/testing';
import {
  aClinicWithPrices,
  BillingUseCasesReadingCharges,
  schedulingCompletes,
  startBillingUseCasesReadingCharges,
} from '../../../test/billing-use-cases';
import { BalancesQueries } from '../../ledger/balances.queries';
import { VisitNotReleasableError } from '../visit-status';
import { ReleaseVisit } from './release-visit.usecase';

describe('ReleaseVisit', () => {
  let harness: UseCaseHarness;
  let sut: ReleaseVisit;
  let billing: BillingUseCasesReadingCharges;

  beforeAll(async () => {
    billing = await startBillingUseCasesReadingCharges();
    harness = billing.harness;
    sut = harness.get(ReleaseVisit);
  });
  afterAll(() => billing.close());

  const release = (clerk: ClinicActor, visitId: string, idempotencyKey?: string) =>
    harness.as(clerk, () => sut.execute({ ...harness.commandFor(clerk), visitId, idempotencyKey }));

  it('posts every line of a ready visit as charge.posted, priced and pointing at its diagnoses', async () => {
    const clerk = await aClinicWithPrices(harness, { rows: ['99213,,,125.00', '96372,,,25.00'] });
    const visitId = await schedulingCompletes(harness, clerk, {
      procedures: [
        { code: '99213', modifiers: ['25'], units: 1, diagnosisPointers: [1] },
        { code: '96372', modifiers: [], units: 2, diagnosisPointers: [2] },
      ],
    });

    expect(await release(clerk, visitId)).toMatchObject({ status: 'released', releasedBy: clerk.userId });

    const events = (await billing.announcedSoFar(clerk)).sort(
      (one, other) => Number(one.payload.procedureCode) - Number(other.payload.procedureCode),
    );
    expect(events.map(({ type }) => type)).toEqual([ChargePosted.type, ChargePosted.type]);
    expect(events.map(({ payload }) => payload)).toEqual([
      expect.objectContaining({ procedureCode: '96372', units: 2, diagnoses: ['E11.9'], amountMinor: 5_000 }),
      expect.objectContaining({ procedureCode: '99213', modifiers: ['25'], diagnoses: ['J06.9'], amountMinor: 12_500 }),
    ]);
    expect(events[0].payload).toMatchObject({
      visitId,
      currency: 'USD',
      billTo: 'patient',
      dateOfService: '2026-03-02',
    });
    const { patientId } = events[0].payload as { patientId: string };
    expect(await harness.as(clerk, () => harness.get(BalancesQueries).patient(patientId))).toEqual({
      patientId,
      balances: [{ currency: 'USD', insurancePendingMinor: 0, patientResponsibilityMinor: 17_500, creditMinor: 0 }],
    });
  });

  it('refuses a visit waiting for review, and one already released, announcing nothing more', async () => {
    const clerk = await aClinicWithPrices(harness, { rows: ['99213,,,125.00', '96372,,,25.00'] });
    const unpriced = await schedulingCompletes(harness, clerk, {
      procedures: [{ code: '20610', modifiers: [], units: 1, diagnosisPointers: [1] }],
    });
    await expect(release(clerk, unpriced)).rejects.toBeInstanceOf(VisitNotReleasableError);
    expect(await billing.announcedSoFar(clerk)).toEqual([]);

    const ready = await schedulingCompletes(harness, clerk);
    await release(clerk, ready);
    await expect(release(clerk, ready)).rejects.toBeInstanceOf(VisitNotReleasableError);
    expect(await billing.announcedSoFar(clerk)).toHaveLength(1);
  });

  it('answers a retry with the same Idempotency-Key with the first release, posting nothing twice', async () => {
    const clerk = await aClinicWithPrices(harness, { rows: ['99213,,,125.00', '96372,,,25.00'] });
    const visitId = await schedulingCompletes(harness, clerk);
    const first = await release(clerk, visitId, 'release-once');
    const retry = await release(clerk, visitId, 'release-once');
    expect(retry).toMatchObject({ id: first.id, status: 'released' });
    expect(await billing.announcedSoFar(clerk)).toHaveLength(1);
  });

  it('keeps the ledger as it was written: a posted line cannot be changed or removed', async () => {
    const clerk = await aClinicWithPrices(harness, { rows: ['99213,,,125.00', '96372,,,25.00'] });
    await release(clerk, await schedulingCompletes(harness, clerk));
    const tamper = (statement: string) =>
      harness.as(clerk, () => harness.get(TenantTransactions).run((manager) => manager.query(statement)));
    await expect(tamper('UPDATE ledger_entries SET amount_minor = 0')).rejects.toThrow(/permission denied/);
    await expect(tamper('DELETE FROM ledger_entries')).rejects.toThrow(/permission denied/);
  });
});
