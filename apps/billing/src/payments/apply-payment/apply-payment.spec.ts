import { randomUUID } from 'node:crypto';
import { NotFoundError, UnprocessableError } from '@praxis/platform';
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
import { AllocationDto } from '../dto/payment.dto';
import { ApplyPayment } from './apply-payment.usecase';

describe('ApplyPayment', () => {
  let harness: UseCaseHarness;
  let sut: ApplyPayment;

  beforeAll(async () => {
    harness = await startBillingUseCases();
    sut = harness.get(ApplyPayment);
  });
  afterAll(() => harness.close());

  const applies = (
    clerk: ClinicActor,
    paymentId: string,
    allocations?: AllocationDto[],
    idempotencyKey: string = randomUUID(),
  ) => harness.as(clerk, () => sut.execute({ ...harness.commandFor(clerk), paymentId, allocations, idempotencyKey }));

  /** A patient who paid ahead, kept as credit, and then had two visits released. */
  const aPatientWithCreditAndTwoVisits = async () => {
    const clerk = await aClinicWithPrices(harness);
    const patientId = await schedulingRegisters(harness, clerk);
    const credit = await postsPayment(harness, clerk, { patientId, ...cash(20_000) });
    const newer = await aReleasedVisit(harness, clerk, patientId, '2026-03-20T15:00:00Z');
    const older = await aReleasedVisit(harness, clerk, patientId, '2026-03-02T15:00:00Z');
    return { clerk, patientId, paymentId: credit.id, older, newer };
  };

  it("applies the patient's credit to their oldest visit first once visits are owed", async () => {
    const { clerk, patientId, paymentId, older, newer } = await aPatientWithCreditAndTwoVisits();

    const payment = await applies(clerk, paymentId);

    expect(payment.allocations).toEqual([
      expect.objectContaining({ visitId: older, amountMinor: 12_500 }),
      expect.objectContaining({ visitId: newer, amountMinor: 7_500 }),
    ]);
    expect(payment.unappliedMinor).toBe(0);
    expect(await balanceOf(harness, clerk, patientId)).toMatchObject({
      patientResponsibilityMinor: 5_000,
      creditMinor: 0,
    });
  });

  it('applies credit to the visit the clerk chose and keeps the rest for later', async () => {
    const { clerk, patientId, paymentId, newer } = await aPatientWithCreditAndTwoVisits();

    const payment = await applies(clerk, paymentId, [{ visitId: newer, amountMinor: 12_500 }]);

    expect(payment).toMatchObject({ appliedMinor: 12_500, unappliedMinor: 7_500 });
    expect(await balanceOf(harness, clerk, patientId)).toMatchObject({
      patientResponsibilityMinor: 12_500,
      creditMinor: 7_500,
    });
  });

  it('refuses more than the payment has left, or a payment of another clinic, writing nothing', async () => {
    const { clerk, paymentId, older, newer } = await aPatientWithCreditAndTwoVisits();
    const elsewhere = await aClinicWithPrices(harness);
    const linesBefore = await ledgerLineCount(harness, clerk);

    const tooMuch = [
      { visitId: older, amountMinor: 12_500 },
      { visitId: newer, amountMinor: 12_500 },
    ];
    await expect(applies(clerk, paymentId, tooMuch)).rejects.toBeInstanceOf(UnprocessableError);
    await expect(applies(elsewhere, paymentId)).rejects.toBeInstanceOf(NotFoundError);

    expect(await ledgerLineCount(harness, clerk)).toBe(linesBefore);
  });

  it('applies once for a retried request with the same Idempotency-Key', async () => {
    const { clerk, patientId, paymentId, older } = await aPatientWithCreditAndTwoVisits();
    const chosen = [{ visitId: older, amountMinor: 5_000 }];

    await applies(clerk, paymentId, chosen, 'apply-once');
    const retry = await applies(clerk, paymentId, chosen, 'apply-once');

    expect(retry.allocations).toHaveLength(1);
    expect(await balanceOf(harness, clerk, patientId)).toMatchObject({ creditMinor: 15_000 });
  });
});
