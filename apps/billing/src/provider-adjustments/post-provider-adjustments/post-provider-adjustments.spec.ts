import { randomUUID } from 'node:crypto';
import { buildEnvelope, PayloadOf, RemittanceProviderAdjusted, Topic } from '@praxis/contracts';
import { ClinicActor, deliverEvent, UseCaseHarness } from '@praxis/testing';
import { TenantTransactions } from '@praxis/tenancy';
import { aChicagoClinicWithPrices, startBillingUseCases } from '../../../test/billing-use-cases';
import { DaySheetQueries } from '../../ledger/day-sheet.queries';
import { LedgerEntry } from '../../ledger/ledger-entry.entity';
import { RemittanceEventsConsumer } from '../remittance-events.consumer';

type ProviderAdjusted = PayloadOf<typeof RemittanceProviderAdjusted>;

/** Aetna's EFT of 20 March: interest on a late claim (L6, added) and an earlier overpayment recouped (WO, taken). */
const interestAndRecoupment = (): ProviderAdjusted => ({
  remittanceId: randomUUID(),
  payerName: 'AETNA',
  traceNumber: 'EFT20260320',
  paymentDate: '2026-03-20',
  currency: 'USD',
  adjustments: [
    { reason: 'L6', reference: null, amountMinor: -127 },
    { reason: 'WO', reference: 'AET-1001', amountMinor: 5_000 },
  ],
});

describe('PostProviderAdjustments (a payer’s PLB to the clinic’s own account)', () => {
  let harness: UseCaseHarness;

  beforeAll(async () => {
    harness = await startBillingUseCases();
  });
  afterAll(() => harness.close());

  const claimsAnnounces = (clerk: ClinicActor, payload: ProviderAdjusted) => {
    const consumer = harness.get(RemittanceEventsConsumer);
    const envelope = buildEnvelope(RemittanceProviderAdjusted, {
      tenantId: clerk.tenantId,
      aggregateId: payload.remittanceId,
      correlationId: randomUUID(),
      payload,
    });
    return deliverEvent(consumer.onRemittanceEvent.bind(consumer), Topic.ClaimsRemittances, envelope);
  };
  const clinicEntries = (clerk: ClinicActor) =>
    harness.as(clerk, () =>
      harness.get(TenantTransactions).run((manager) => manager.findBy(LedgerEntry, { kind: 'provider_adjustment' })),
    );

  it('posts interest and recoupments once to the clinic, no patient, and the day sheet shows the money', async () => {
    const clerk = await aChicagoClinicWithPrices(harness);
    harness.clock.set('2026-03-20T15:00:00Z');
    const remittance = interestAndRecoupment();

    await claimsAnnounces(clerk, remittance);
    await claimsAnnounces(clerk, remittance);

    const entries = await clinicEntries(clerk);
    expect(entries.map(({ account, amountMinor, patientId }) => [account, amountMinor, patientId])).toEqual(
      expect.arrayContaining([
        ['cash', 127, null],
        ['provider_adjustments', -127, null],
        ['cash', -5_000, null],
        ['provider_adjustments', 5_000, null],
      ]),
    );
    expect(entries).toHaveLength(4);
    const sheet = await harness.as(clerk, () =>
      harness.get(DaySheetQueries).daySheet({ from: '2026-03-20', to: '2026-03-20' }),
    );
    expect(sheet.rows).toEqual([
      expect.objectContaining({
        kind: 'provider_adjustment',
        postings: 2,
        receivablesMinor: 0,
        collectedMinor: -4_873,
      }),
    ]);
  });
});
