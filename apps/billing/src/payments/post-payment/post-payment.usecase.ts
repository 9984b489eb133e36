import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PaymentView } from '../dto/payment.dto';
import { PaymentChanges } from '../payment-changes';
import { PaymentApplications } from '../payment-applications';
import { PaymentReceipts, receiptFingerprint } from '../payment-receipts';
import { lockPatientPayments, refuseCurrencyNotBilled, refuseUnknownPatient } from '../payment-rules';
import { paymentView } from '../payment-views';
import { PostPaymentCommand } from './post-payment.command';

/**
 * A patient's payment by cash, check or card, applied at once oldest first or as the clerk chose; what is left stays as
 * the patient's credit. Every check comes before the card is charged, so a refused payment charges and writes nothing.
 */
@Injectable()
export class PostPayment {
  constructor(
    private readonly changes: PaymentChanges,
    private readonly receipts: PaymentReceipts,
    private readonly applications: PaymentApplications,
  ) {}

  execute({ idempotencyKey, tenantId, actorUserId, now, ...payment }: PostPaymentCommand): Promise<PaymentView> {
    const request = { post: 'payment', ...receiptFingerprint(payment) };
    return this.changes.make({ idempotencyKey, request, action: 'create', now }, (manager) =>
      this.post(manager, { ...payment, tenantId, actorUserId, now, idempotencyKey }),
    );
  }

  private async post(manager: EntityManager, command: PostPaymentCommand): Promise<PaymentView> {
    const { patientId, amountMinor, currency, allocations } = command;
    await refuseUnknownPatient(manager, patientId);
    await refuseCurrencyNotBilled(manager, currency);
    await lockPatientPayments(manager, patientId);
    const open = await this.applications.openVisits(manager, patientId, currency);
    const planned = this.applications.plan(open, amountMinor, currency, allocations);
    const payment = await this.receipts.receive(manager, command, command, command.idempotencyKey);
    await this.applications.apply(manager, payment, planned, command);
    return paymentView(manager, payment.id);
  }
}
