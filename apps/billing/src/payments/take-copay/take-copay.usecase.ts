import { Injectable } from '@nestjs/common';
import { IdempotentRequests, UnprocessableError } from '@praxis/platform';
import { PatientDataTrail } from '@praxis/messaging';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { BillingVisit } from '../../charges/billing-visit.entity';
import { KnownAppointment } from '../../patients/known-appointment.entity';
import { PaymentView } from '../dto/payment.dto';
import { PaymentApplications } from '../payment-applications';
import { PaymentReceipts, receiptFingerprint } from '../payment-receipts';
import { lockPatientPayments, refuseCurrencyNotBilled, VisitClosedForCopayError } from '../payment-rules';
import { paymentRecord, paymentView } from '../payment-views';
import { TakeCopayCommand } from './take-copay.command';

export class NotTheirVisitError extends UnprocessableError {
  constructor(visitId: string, patientId: string) {
    super(`visit ${visitId} is not a visit of patient ${patientId}`, [
      { field: 'visitId', message: 'not a visit of this patient' },
    ]);
  }
}

/**
 * The front desk takes a co-pay for a visit, usually at check-in, before billing has charges for it. It is the patient's
 * credit tagged with the visit, applied to the visit as soon as its charges post (at once when they already have).
 */
@Injectable()
export class TakeCopay {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly idempotency: IdempotentRequests,
    private readonly trail: PatientDataTrail,
    private readonly receipts: PaymentReceipts,
    private readonly applications: PaymentApplications,
  ) {}

  execute({ idempotencyKey, tenantId, actorUserId, now, ...copay }: TakeCopayCommand): Promise<PaymentView> {
    return this.transactions.run(async (manager) => {
      const request = { copay: copay.visitId, ...receiptFingerprint(copay) };
      const { result, replayed } = await this.idempotency.once(manager, idempotencyKey, request, () =>
        this.take(manager, { ...copay, tenantId, actorUserId, now, idempotencyKey }),
      );
      await this.trail.record(manager, replayed ? 'read' : 'create', [paymentRecord(result)], now);
      return result;
    });
  }

  private async take(manager: EntityManager, command: TakeCopayCommand): Promise<PaymentView> {
    const { visitId, patientId } = command;
    const appointment = await manager.findOneBy(KnownAppointment, { id: visitId });
    const captured = await manager.findOneBy(BillingVisit, { id: visitId });
    if ((appointment ?? captured)?.patientId !== patientId) throw new NotTheirVisitError(visitId, patientId);
    if (appointment?.status === 'cancelled' || appointment?.status === 'no_show')
      throw new VisitClosedForCopayError(appointment.status);
    await refuseCurrencyNotBilled(manager, command.currency);
    await lockPatientPayments(manager, patientId);
    const payment = await this.receipts.receive(
      manager,
      { ...command, copayVisitId: visitId },
      command,
      command.idempotencyKey,
    );
    await this.applications.applyCopays(manager, visitId, command);
    return paymentView(manager, payment.id);
  }
}
