import { Injectable } from '@nestjs/common';
import { UnprocessableError } from '@praxis/platform';
import { EntityManager } from 'typeorm';
import { BillingVisit } from '../../charges/billing-visit.entity';
import { KnownAppointment } from '../../patients/known-appointment.entity';
import { PaymentView } from '../dto/payment.dto';
import { PaymentChanges } from '../payment-changes';
import { PaymentApplications } from '../payment-applications';
import { PaymentReceipts, receiptFingerprint } from '../payment-receipts';
import { lockPatientPayments, refuseCurrencyNotBilled, VisitClosedForCopayError } from '../payment-rules';
import { paymentView } from '../payment-views';
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
    private readonly changes: PaymentChanges,
    private readonly receipts: PaymentReceipts,
    private readonly applications: PaymentApplications,
  ) {}

  execute({ idempotencyKey, tenantId, actorUserId, now, ...copay }: TakeCopayCommand): Promise<PaymentView> {
    const request = { copay: copay.visitId, ...receiptFingerprint(copay) };
    return this.changes.make({ idempotencyKey, request, action: 'create', now }, (manager) =>
      this.take(manager, { ...copay, tenantId, actorUserId, now, idempotencyKey }),
    );
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
    await this.applications.applyCopays(manager, { visitId, patientId }, command);
    return paymentView(manager, payment.id);
  }
}
