import type { PatientRecordRef } from '@praxis/contracts';
import { NotFoundError } from '@praxis/platform';
import { EntityManager, In } from 'typeorm';
import { PaymentView } from './dto/payment.dto';
import { PatientPayment } from './patient-payment.entity';
import { PaymentAllocation } from './payment-allocation.entity';
import { PaymentRefund } from './payment-refund.entity';

const sumOf = (rows: { amountMinor: number }[]) => rows.reduce((total, { amountMinor }) => total + amountMinor, 0);

const viewOf = (payment: PatientPayment, allocations: PaymentAllocation[], refunds: PaymentRefund[]): PaymentView => {
  const appliedMinor = sumOf(allocations);
  const refundedMinor = sumOf(refunds);
  return {
    id: payment.id,
    patientId: payment.patientId,
    method: payment.method,
    amountMinor: payment.amountMinor,
    currency: payment.currency,
    checkNumber: payment.checkNumber,
    cardBrand: payment.cardBrand,
    cardLast4: payment.cardLast4,
    copayVisitId: payment.copayVisitId,
    receivedAt: payment.receivedAt,
    receivedBy: payment.receivedBy,
    appliedMinor,
    refundedMinor,
    unappliedMinor: payment.amountMinor - appliedMinor - refundedMinor,
    allocations: allocations.map(({ visitId, amountMinor, appliedAt }) => ({ visitId, amountMinor, appliedAt })),
    refunds: refunds.map(({ id, amountMinor, method, reason, refundedAt }) => ({
      id,
      amountMinor,
      method,
      reason,
      refundedAt,
    })),
  };
};

/** Payments with where their money went, read in the caller's transaction. */
export const paymentViews = async (manager: EntityManager, payments: PatientPayment[]): Promise<PaymentView[]> => {
  const paymentId = In(payments.map(({ id }) => id));
  const allocations = await manager.find(PaymentAllocation, { where: { paymentId }, order: { appliedAt: 'ASC' } });
  const refunds = await manager.find(PaymentRefund, { where: { paymentId }, order: { refundedAt: 'ASC' } });
  return payments.map((payment) =>
    viewOf(
      payment,
      allocations.filter((allocation) => allocation.paymentId === payment.id),
      refunds.filter((refund) => refund.paymentId === payment.id),
    ),
  );
};

export const findPayment = async (manager: EntityManager, id: string): Promise<PatientPayment> => {
  const payment = await manager.findOneBy(PatientPayment, { id });
  if (!payment) throw new NotFoundError('payment', id);
  return payment;
};

export const paymentView = async (manager: EntityManager, id: string): Promise<PaymentView> => {
  const [view] = await paymentViews(manager, [await findPayment(manager, id)]);
  return view;
};

/** A payment as the patient data trail names it, ids only; a null id stands for an empty list of them. */
export const paymentRecord = ({ patientId, id }: { patientId: string; id: string | null }): PatientRecordRef => ({
  patientId,
  kind: 'payment',
  id,
});
