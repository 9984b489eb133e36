import { randomUUID } from 'node:crypto';
import { ClinicActor, UseCaseHarness } from '@praxis/testing';
import { aClinicWithPrices, startBillingUseCases } from '../../../test/billing-use-cases';
import {
  aReleasedVisit,
  balanceOf,
  cash,
  ledgerLineCount,
  postsPayment,
  schedulingRegisters,
} from '../../../test/payment-builders';
import { PostPaymentDto } from '../dto/payment.dto';
import { RefundTooLargeError } from '../payment-rules';
import { RefundPayment } from './refund-payment.usecase';

describe('RefundPayment', () => {
  let harness: UseCaseHarness;
  let sut: RefundPayment;

  beforeAll(async () => {
    harness = await startBillingUseCases();
    sut = harness.get(RefundPayment);
  });
  afterAll(() => harness.close());

  const refunds = (clerk: ClinicActor, paymentId: string, amountMinor: number, idempotencyKey: string = randomUUID()) =>
    harness.as(clerk, () =>
      sut.execute({ ...harness.commandFor(clerk), paymentId, amountMinor, reason: 'overpaid', idempotencyKey }),
    );

  /** A patient who paid more than their one visit owes ($125.00), leaving credit. */
  const anOverpayment = async (payment: Omit<PostPaymentDto, 'patientId'> = cash(20_000)) => {
    const clerk = await aClinicWithPrices(harness);
    const patientId = await schedulingRegisters(harness, clerk);
    const visitId = await aReleasedVisit(harness, clerk, patientId);
    const paid = await postsPayment(harness, clerk, { patientId, ...payment });
    return { clerk, patientId, visitId, paymentId: paid.id };
  };

  it("refunds the patient's unapplied credit in cash, leaving what the visit was paid", async () => {
    const { clerk, patientId, paymentId } = await anOverpayment();

    const payment = await refunds(clerk, paymentId, 7_500);

    expect(payment).toMatchObject({ appliedMinor: 12_500, refundedMinor: 7_500, unappliedMinor: 0 });
    expect(payment.refunds).toEqual([expect.objectContaining({ amountMinor: 7_500, method: 'cash' })]);
    expect(await balanceOf(harness, clerk, patientId)).toMatchObject({ patientResponsibilityMinor: 0, creditMinor: 0 });
  });

  it('takes a refund beyond the credit back from the visit it paid, which then owes it again', async () => {
    const { clerk, patientId, visitId, paymentId } = await anOverpayment();

    const payment = await refunds(clerk, paymentId, 10_000);

    expect(payment).toMatchObject({ appliedMinor: 10_000, refundedMinor: 10_000, unappliedMinor: 0 });
    expect(payment.allocations).toEqual([
      expect.objectContaining({ visitId, amountMinor: 12_500 }),
      expect.objectContaining({ visitId, amountMinor: -2_500 }),
    ]);
    expect(await balanceOf(harness, clerk, patientId)).toMatchObject({
      patientResponsibilityMinor: 2_500,
      creditMinor: 0,
    });
  });

  it('refunds a card payment through the card processor', async () => {
    const card = { number: '5555555555554444', expiryMonth: 1, expiryYear: 2031, cvc: '321' };
    const { clerk, paymentId } = await anOverpayment({ amountMinor: 20_000, currency: 'USD', method: 'card', card });

    const payment = await refunds(clerk, paymentId, 7_500);

    expect(payment).toMatchObject({ cardBrand: 'mastercard', cardLast4: '4444', refundedMinor: 7_500 });
    expect(payment.refunds).toEqual([expect.objectContaining({ method: 'card', amountMinor: 7_500 })]);
  });

  it('refuses to refund more than is left of the payment, writing nothing', async () => {
    const { clerk, patientId, paymentId } = await anOverpayment();
    await refunds(clerk, paymentId, 15_000);
    const linesBefore = await ledgerLineCount(harness, clerk);

    await expect(refunds(clerk, paymentId, 5_001)).rejects.toBeInstanceOf(RefundTooLargeError);

    expect(await ledgerLineCount(harness, clerk)).toBe(linesBefore);
    expect(await balanceOf(harness, clerk, patientId)).toMatchObject({ patientResponsibilityMinor: 7_500 });
  });

  it('refunds once for two requests with the same Idempotency-Key at once', async () => {
    const { clerk, patientId, paymentId } = await anOverpayment();

    const both = await Promise.all([
      refunds(clerk, paymentId, 7_500, 'refund-once'),
      refunds(clerk, paymentId, 7_500, 'refund-once'),
    ]);

    expect(both.map(({ refundedMinor }) => refundedMinor)).toEqual([7_500, 7_500]);
    expect(await balanceOf(harness, clerk, patientId)).toMatchObject({ patientResponsibilityMinor: 0, creditMinor: 0 });
  });
});
