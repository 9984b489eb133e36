import { randomUUID } from 'node:crypto';
import { IdempotencyKeyReusedError, UnprocessableError } from '@praxis/platform';
import { ClinicActor, UseCaseHarness } from '@praxis/testing';
import { aClinicWithPrices, startBillingUseCases } from '../../../test/billing-use-cases';
import {
  aReleasedVisit,
  balanceOf,
  cash,
  everyRowOfTheClinic,
  ledgerLineCount,
  schedulingRegisters,
} from '../../../test/payment-builders';
import { PostPaymentDto } from '../dto/payment.dto';
import { PaymentsQueries } from '../payments.queries';
import { CardDeclinedError } from '../processor/payment-processor';
import { PostPayment } from './post-payment.usecase';

describe('PostPayment', () => {
  let harness: UseCaseHarness;
  let sut: PostPayment;

  beforeAll(async () => {
    harness = await startBillingUseCases();
    sut = harness.get(PostPayment);
  });
  afterAll(() => harness.close());

  const aPatientWithTwoVisits = async () => {
    const clerk = await aClinicWithPrices(harness);
    const patientId = await schedulingRegisters(harness, clerk);
    const newer = await aReleasedVisit(harness, clerk, patientId, '2026-03-20T15:00:00Z');
    const older = await aReleasedVisit(harness, clerk, patientId, '2026-03-02T15:00:00Z');
    return { clerk, patientId, older, newer };
  };
  const pays = (clerk: ClinicActor, payment: PostPaymentDto, idempotencyKey: string = randomUUID()) =>
    harness.as(clerk, () => sut.execute({ ...harness.commandFor(clerk), ...payment, idempotencyKey }));

  it('applies a payment to the oldest visit first and keeps what is left as the patient’s credit', async () => {
    const { clerk, patientId, older, newer } = await aPatientWithTwoVisits();

    const payment = await pays(clerk, { patientId, ...cash(30_000) });

    expect(payment).toMatchObject({ method: 'cash', appliedMinor: 25_000, unappliedMinor: 5_000, refundedMinor: 0 });
    expect(payment.allocations).toEqual([
      expect.objectContaining({ visitId: older, amountMinor: 12_500 }),
      expect.objectContaining({ visitId: newer, amountMinor: 12_500 }),
    ]);
    expect(await balanceOf(harness, clerk, patientId)).toEqual({
      currency: 'USD',
      insurancePendingMinor: 0,
      patientResponsibilityMinor: 0,
      creditMinor: 5_000,
    });
  });

  it('pays the visits the clerk chose, by check, and leaves the rest owed', async () => {
    const { clerk, patientId, newer } = await aPatientWithTwoVisits();

    const payment = await pays(clerk, {
      patientId,
      amountMinor: 10_000,
      currency: 'USD',
      method: 'check',
      checkNumber: '1042',
      allocations: [{ visitId: newer, amountMinor: 10_000 }],
    });

    expect(payment).toMatchObject({ checkNumber: '1042', appliedMinor: 10_000, unappliedMinor: 0 });
    expect(await balanceOf(harness, clerk, patientId)).toMatchObject({ patientResponsibilityMinor: 15_000 });
  });

  it('keeps a payment whole as credit when told to apply it nowhere', async () => {
    const { clerk, patientId } = await aPatientWithTwoVisits();
    const payment = await pays(clerk, { patientId, ...cash(4_000), allocations: [] });
    expect(payment).toMatchObject({ unappliedMinor: 4_000, allocations: [] });
    expect(await balanceOf(harness, clerk, patientId)).toMatchObject({
      patientResponsibilityMinor: 25_000,
      creditMinor: 4_000,
    });
  });

  it('refuses, writing nothing, more than a chosen visit owes, more than was paid, a visit not the patient’s, and an unknown patient', async () => {
    const { clerk, patientId, older, newer } = await aPatientWithTwoVisits();
    const stranger = await schedulingRegisters(harness, clerk);
    const theirs = await aReleasedVisit(harness, clerk, stranger);
    const linesBefore = await ledgerLineCount(harness, clerk);
    const refusals = [
      { patientId, ...cash(20_000), allocations: [{ visitId: older, amountMinor: 20_000 }] },
      {
        patientId,
        ...cash(20_000),
        allocations: [
          { visitId: older, amountMinor: 12_500 },
          { visitId: newer, amountMinor: 12_500 },
        ],
      },
      { patientId, ...cash(5_000), allocations: [{ visitId: theirs, amountMinor: 5_000 }] },
      { patientId, ...cash(5_000), allocations: [{ visitId: randomUUID(), amountMinor: 5_000 }] },
      { patientId: randomUUID(), ...cash(5_000) },
    ];

    for (const refused of refusals) await expect(pays(clerk, refused)).rejects.toBeInstanceOf(UnprocessableError);
    await expect(pays(clerk, refusals[0])).rejects.toThrow(
      'the visit on 2026-03-02 still owes 125.00 USD, less than the 200.00 USD applied to it',
    );

    expect(await ledgerLineCount(harness, clerk)).toBe(linesBefore);
    const payments = await harness.as(clerk, () => harness.get(PaymentsQueries).page({ patientId, limit: 50 }));
    expect(payments.items).toEqual([]);
  });

  it('answers a retry with the same Idempotency-Key with the first payment, posting it once', async () => {
    const { clerk, patientId } = await aPatientWithTwoVisits();
    const first = await pays(clerk, { patientId, ...cash(30_000) }, 'pay-once');
    const linesAfterFirst = await ledgerLineCount(harness, clerk);

    const retry = await pays(clerk, { patientId, ...cash(30_000) }, 'pay-once');

    expect(retry.id).toBe(first.id);
    expect(await ledgerLineCount(harness, clerk)).toBe(linesAfterFirst);
    await expect(pays(clerk, { patientId, ...cash(31_000) }, 'pay-once')).rejects.toBeInstanceOf(
      IdempotencyKeyReusedError,
    );
    expect(await balanceOf(harness, clerk, patientId)).toMatchObject({ creditMinor: 5_000 });
  });

  it('posts once when two requests with the same Idempotency-Key arrive together', async () => {
    const { clerk, patientId } = await aPatientWithTwoVisits();

    const both = await Promise.all([
      pays(clerk, { patientId, ...cash(30_000) }, 'pay-together'),
      pays(clerk, { patientId, ...cash(30_000) }, 'pay-together'),
    ]);

    expect(both[0].id).toBe(both[1].id);
    const payments = await harness.as(clerk, () => harness.get(PaymentsQueries).page({ patientId, limit: 50 }));
    expect(payments.items).toHaveLength(1);
    expect(await balanceOf(harness, clerk, patientId)).toMatchObject({
      patientResponsibilityMinor: 0,
      creditMinor: 5_000,
    });
  });

  it('pays each visit once when two desks take payments for the patient at the same moment', async () => {
    const { clerk, patientId, older, newer } = await aPatientWithTwoVisits();

    const payments = await Promise.all([
      pays(clerk, { patientId, ...cash(12_500) }),
      pays(clerk, { patientId, ...cash(12_500) }),
    ]);

    const paid = payments.flatMap(({ allocations }) => allocations.map(({ visitId }) => visitId));
    expect(paid.sort()).toEqual([older, newer].sort());
    expect(await balanceOf(harness, clerk, patientId)).toMatchObject({ patientResponsibilityMinor: 0, creditMinor: 0 });
  });

  it('charges a card through the processor and keeps only its brand, last four digits and reference', async () => {
    const { clerk, patientId } = await aPatientWithTwoVisits();
    const number = '4242424242424242';
    const card = { number, expiryMonth: 12, expiryYear: 2030, cvc: '123' };

    const payment = await pays(clerk, { patientId, amountMinor: 12_500, currency: 'USD', method: 'card', card });

    expect(payment).toMatchObject({ method: 'card', cardBrand: 'visa', cardLast4: '4242', appliedMinor: 12_500 });
    expect(JSON.stringify(payment)).not.toContain(number);
    expect(await everyRowOfTheClinic(harness, clerk)).not.toContain(number);
  });

  it('writes nothing when the card is declined, and says why', async () => {
    const { clerk, patientId } = await aPatientWithTwoVisits();
    const linesBefore = await ledgerLineCount(harness, clerk);
    const card = { number: '4000000000009995', expiryMonth: 12, expiryYear: 2030, cvc: '123' };

    const declined = pays(clerk, { patientId, amountMinor: 12_500, currency: 'USD', method: 'card', card });

    await expect(declined).rejects.toBeInstanceOf(CardDeclinedError);
    await expect(declined).rejects.toThrow('the card was declined: insufficient funds');
    expect(await ledgerLineCount(harness, clerk)).toBe(linesBefore);
    expect(await balanceOf(harness, clerk, patientId)).toMatchObject({ patientResponsibilityMinor: 25_000 });
  });
});
