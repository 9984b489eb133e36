import { randomUUID } from 'node:crypto';
import { AppointmentBooked, AppointmentCancelled, AppointmentCheckedIn, AppointmentCompleted } from '@praxis/contracts';
import { UnprocessableError } from '@praxis/platform';
import { ClinicActor, handledTogether, someoneAtANewClinic, UseCaseHarness } from '@praxis/testing';
import { aClinicWithPrices, releases, startBillingUseCases } from '../../../test/billing-use-cases';
import {
  aReleasedVisit,
  balanceOf,
  cash,
  schedulingAnnounces,
  schedulingRegisters,
} from '../../../test/payment-builders';
import { aBilledVisit, aDecisionOn, Cas, payerDecides } from '../../../test/remittances';
import { PaymentApplications } from '../payment-applications';
import { PaymentsQueries } from '../payments.queries';
import { VisitClosedForCopayError } from '../payment-rules';
import { TakeCopay } from './take-copay.usecase';

describe('TakeCopay', () => {
  let harness: UseCaseHarness;
  let sut: TakeCopay;

  beforeAll(async () => {
    harness = await startBillingUseCases();
    sut = harness.get(TakeCopay);
  });
  afterAll(() => harness.close());

  /** The front desk of the clerk's clinic, where a co-pay is taken as the patient checks in. */
  const frontDeskOf = (clerk: ClinicActor): ClinicActor => ({
    ...someoneAtANewClinic('front_desk'),
    tenantId: clerk.tenantId,
  });
  const takes = (desk: ClinicActor, visitId: string, patientId: string, amountMinor = 2_500) =>
    harness.as(desk, () =>
      sut.execute({
        ...harness.commandFor(desk),
        ...cash(amountMinor),
        visitId,
        patientId,
        idempotencyKey: randomUUID(),
      }),
    );
  const aCheckedInVisit = async (clerk: ClinicActor, patientId: string) => {
    const visitId = await schedulingAnnounces(harness, clerk, AppointmentBooked, { patientId });
    return schedulingAnnounces(harness, clerk, AppointmentCheckedIn, { appointmentId: visitId, patientId });
  };

  it("keeps a co-pay taken at check-in as the patient's credit until the visit's charges post, then applies it", async () => {
    const clerk = await aClinicWithPrices(harness);
    const patientId = await schedulingRegisters(harness, clerk);
    const visitId = await aCheckedInVisit(clerk, patientId);

    const copay = await takes(frontDeskOf(clerk), visitId, patientId);

    expect(copay).toMatchObject({ copayVisitId: visitId, unappliedMinor: 2_500, allocations: [] });
    expect(await balanceOf(harness, clerk, patientId)).toMatchObject({
      patientResponsibilityMinor: 0,
      creditMinor: 2_500,
    });
    await schedulingAnnounces(harness, clerk, AppointmentCompleted, { appointmentId: visitId, patientId });
    await releases(harness, clerk, visitId);
    const applied = await harness.as(clerk, () => harness.get(PaymentsQueries).get(copay.id));
    expect(applied).toMatchObject({ appliedMinor: 2_500, unappliedMinor: 0 });
    expect(applied.allocations).toEqual([expect.objectContaining({ visitId, amountMinor: 2_500 })]);
    expect(await balanceOf(harness, clerk, patientId)).toMatchObject({
      patientResponsibilityMinor: 10_000,
      creditMinor: 0,
    });
  });

  it('applies a co-pay taken at the same moment as its visit is released', async () => {
    const clerk = await aClinicWithPrices(harness);
    const patientId = await schedulingRegisters(harness, clerk);
    const visitId = await aCheckedInVisit(clerk, patientId);
    await schedulingAnnounces(harness, clerk, AppointmentCompleted, { appointmentId: visitId, patientId });
    let copayId = '';

    await handledTogether(
      harness,
      { target: harness.get(PaymentApplications), method: 'applyCopays' },
      () => releases(harness, clerk, visitId),
      async () => ({ id: copayId } = await takes(frontDeskOf(clerk), visitId, patientId)),
    );

    const copay = await harness.as(clerk, () => harness.get(PaymentsQueries).get(copayId));
    expect(copay).toMatchObject({ appliedMinor: 2_500, unappliedMinor: 0 });
    expect(await balanceOf(harness, clerk, patientId)).toMatchObject({
      patientResponsibilityMinor: 10_000,
      creditMinor: 0,
    });
  });

  it('applies a co-pay at once to a visit whose charges have posted, keeping what it does not owe as credit', async () => {
    const clerk = await aClinicWithPrices(harness);
    const patientId = await schedulingRegisters(harness, clerk);
    const visitId = await aReleasedVisit(harness, clerk, patientId);

    const copay = await takes(frontDeskOf(clerk), visitId, patientId, 15_000);

    expect(copay).toMatchObject({ appliedMinor: 12_500, unappliedMinor: 2_500 });
    expect(await balanceOf(harness, clerk, patientId)).toMatchObject({
      patientResponsibilityMinor: 0,
      creditMinor: 2_500,
    });
  });

  it("keeps the co-pay of an insured visit as credit until the payer's decision bills the patient their share", async () => {
    const visit = await aBilledVisit(harness);
    const copay = await takes(frontDeskOf(visit.clerk), visit.visitId, visit.patientId);
    expect(copay).toMatchObject({ unappliedMinor: 2_500 });

    const copayOwed: Cas[] = [
      ['CO', '45', 2_500],
      ['PR', '3', 2_500],
    ];
    await payerDecides(harness, visit.clerk, aDecisionOn(visit, [copayOwed]));

    const applied = await harness.as(visit.clerk, () => harness.get(PaymentsQueries).get(copay.id));
    expect(applied.allocations).toEqual([expect.objectContaining({ visitId: visit.visitId, amountMinor: 2_500 })]);
    expect(await balanceOf(harness, visit.clerk, visit.patientId)).toMatchObject({
      insurancePendingMinor: 0,
      patientResponsibilityMinor: 0,
      creditMinor: 0,
    });
  });

  it("refuses a co-pay for another patient's visit, an unknown visit or a cancelled one, writing nothing", async () => {
    const clerk = await aClinicWithPrices(harness);
    const patientId = await schedulingRegisters(harness, clerk);
    const someoneElse = await schedulingRegisters(harness, clerk);
    const theirs = await aCheckedInVisit(clerk, someoneElse);
    const cancelled = await schedulingAnnounces(harness, clerk, AppointmentBooked, { patientId });
    await schedulingAnnounces(harness, clerk, AppointmentCancelled, { appointmentId: cancelled, patientId });
    const desk = frontDeskOf(clerk);

    await expect(takes(desk, theirs, patientId)).rejects.toBeInstanceOf(UnprocessableError);
    await expect(takes(desk, randomUUID(), patientId)).rejects.toBeInstanceOf(UnprocessableError);
    await expect(takes(desk, cancelled, patientId)).rejects.toBeInstanceOf(VisitClosedForCopayError);

    const payments = await harness.as(clerk, () => harness.get(PaymentsQueries).page({ patientId, limit: 50 }));
    expect(payments.items).toEqual([]);
    expect(await balanceOf(harness, clerk, patientId)).toBeUndefined();
  });
});
