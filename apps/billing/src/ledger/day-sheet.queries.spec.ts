import { randomUUID } from 'node:crypto';
import { buildEnvelope, TenantCreated, Topic } from '@praxis/contracts';
import { ClinicDirectoryConsumer } from '@praxis/replicas';
import { aValidNpi, ClinicActor, deliverEvent, UseCaseHarness } from '@praxis/testing';
import { aClinicWithPrices, releases, schedulingCompletes, startBillingUseCases } from '../../test/billing-use-cases';
import { BalancesQueries } from './balances.queries';
import { DaySheetQueries } from './day-sheet.queries';

describe('DaySheetQueries', () => {
  let harness: UseCaseHarness;
  let sut: DaySheetQueries;

  beforeAll(async () => {
    harness = await startBillingUseCases();
    sut = harness.get(DaySheetQueries);
  });
  afterAll(() => harness.close());

  const aChicagoClinicWithPrices = async (): Promise<ClinicActor> => {
    const clerk = await aClinicWithPrices(harness, { effectiveFrom: '2025-01-01' });
    const announced = buildEnvelope(TenantCreated, {
      tenantId: clerk.tenantId,
      aggregateId: clerk.tenantId,
      correlationId: randomUUID(),
      payload: { tenantId: clerk.tenantId, legalName: 'Lakeside', npi: aValidNpi(), timeZone: 'America/Chicago' },
    });
    const directory = harness.get(ClinicDirectoryConsumer);
    await deliverEvent(directory.onTenantEvent.bind(directory), Topic.IdentityTenants, announced);
    return clerk;
  };
  const releaseAt = async (clerk: ClinicActor, instant: string, patientId: string) => {
    const visitId = await schedulingCompletes(harness, clerk, { patientId });
    harness.clock.set(instant);
    await releases(harness, clerk, visitId);
  };

  it("lists each day's postings by who made them on the clinic's calendar, adding up to the ledger", async () => {
    const morning = await aChicagoClinicWithPrices();
    const evening: ClinicActor = { ...morning, userId: randomUUID() };
    const patients = [randomUUID(), randomUUID()];
    await releaseAt(evening, '2026-03-03T03:00:00Z', patients[0]);
    await releaseAt(morning, '2026-03-03T15:00:00Z', patients[1]);

    const sheet = await harness.as(morning, () => sut.daySheet({ from: '2026-03-02', to: '2026-03-03' }));

    const charge = { kind: 'charge', currency: 'USD', postings: 1, receivablesMinor: 12_500 };
    expect(sheet).toEqual({
      from: '2026-03-02',
      to: '2026-03-03',
      timeZone: 'America/Chicago',
      rows: [
        { day: '2026-03-02', postedBy: evening.userId, ...charge },
        { day: '2026-03-03', postedBy: morning.userId, ...charge },
      ],
    });
    const balances = await Promise.all(
      patients.map((patientId) => harness.as(morning, () => harness.get(BalancesQueries).patient(patientId))),
    );
    const owed = balances.flatMap(({ balances: rows }) => rows.map((row) => row.patientResponsibilityMinor));
    const sheetTotal = sheet.rows.reduce((total, row) => total + row.receivablesMinor, 0);
    expect(sheetTotal).toBe(owed.reduce((total, amount) => total + amount, 0));
  });
});
