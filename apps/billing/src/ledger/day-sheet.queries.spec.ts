import { randomUUID } from 'node:crypto';
import { ClinicActor, UseCaseHarness } from '@praxis/testing';
import {
  aChicagoClinicWithPrices,
  releases,
  schedulingCompletes,
  startBillingUseCases,
} from '../../test/billing-use-cases';
import { balanceOf, cash, postsPayment, schedulingRegisters } from '../../test/payment-builders';
import { RefundPayment } from '../payments/refund-payment/refund-payment.usecase';
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

  const releaseAt = async (clerk: ClinicActor, instant: string, patientId: string) => {
    const visitId = await schedulingCompletes(harness, clerk, { patientId });
    harness.clock.set(instant);
    await releases(harness, clerk, visitId);
  };

  it("lists each day's postings by who made them on the clinic's calendar, adding up to the ledger", async () => {
    const morning = await aChicagoClinicWithPrices(harness);
    const evening: ClinicActor = { ...morning, userId: randomUUID() };
    const patients = [randomUUID(), randomUUID()];
    await releaseAt(evening, '2026-03-03T03:00:00Z', patients[0]);
    await releaseAt(morning, '2026-03-03T15:00:00Z', patients[1]);

    const sheet = await harness.as(morning, () => sut.daySheet({ from: '2026-03-02', to: '2026-03-03' }));

    const charge = {
      kind: 'charge',
      currency: 'USD',
      paymentMethod: null,
      postings: 1,
      receivablesMinor: 12_500,
      collectedMinor: 0,
    };
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

  it("shows each day's payments by who took them and how, and their money in and out adds up to the ledger", async () => {
    const desk = await aChicagoClinicWithPrices(harness);
    const clerk: ClinicActor = { ...desk, userId: randomUUID() };
    const patientId = await schedulingRegisters(harness, desk);
    await releaseAt(desk, '2026-03-04T15:00:00Z', patientId);
    await postsPayment(harness, desk, { patientId, ...cash(5_000) });
    const card = { number: '4242424242424242', expiryMonth: 12, expiryYear: 2030, cvc: '123' };
    const byCard = await postsPayment(harness, clerk, {
      patientId,
      amountMinor: 10_000,
      currency: 'USD',
      method: 'card',
      card,
    });
    await harness.as(clerk, () =>
      harness.get(RefundPayment).execute({
        ...harness.commandFor(clerk),
        paymentId: byCard.id,
        amountMinor: 1_000,
        reason: 'paid twice for the same visit',
        idempotencyKey: randomUUID(),
      }),
    );

    const sheet = await harness.as(desk, () => sut.daySheet({ from: '2026-03-04', to: '2026-03-04' }));

    const row = (postedBy: string, kind: string, paymentMethod: string | null) =>
      sheet.rows.find(
        (line) => line.postedBy === postedBy && line.kind === kind && line.paymentMethod === paymentMethod,
      );
    expect(row(desk.userId as string, 'patient_payment', 'cash')).toMatchObject({
      collectedMinor: 5_000,
      receivablesMinor: 0,
    });
    expect(row(desk.userId as string, 'payment_application', 'cash')).toMatchObject({ receivablesMinor: -5_000 });
    expect(row(clerk.userId as string, 'patient_payment', 'card')).toMatchObject({ collectedMinor: 10_000 });
    expect(row(clerk.userId as string, 'payment_application', 'card')).toMatchObject({ receivablesMinor: -7_500 });
    expect(row(clerk.userId as string, 'refund', 'card')).toMatchObject({
      collectedMinor: -1_000,
      receivablesMinor: 0,
    });
    const total = (pick: (line: (typeof sheet.rows)[number]) => number) =>
      sheet.rows.reduce((sum, line) => sum + pick(line), 0);
    const balance = await balanceOf(harness, desk, patientId);
    expect(total((line) => line.receivablesMinor)).toBe(balance.patientResponsibilityMinor);
    expect(total((line) => line.collectedMinor)).toBe(14_000);
    expect(balance).toMatchObject({ patientResponsibilityMinor: 0, creditMinor: 1_500 });
  });
});
