import { Injectable } from '@nestjs/common';
import { Money, money } from '@praxis/domain';
import { EntityManager } from 'typeorm';
import { Ledger } from '../../ledger/ledger';
import { postings } from '../../ledger/ledger-postings';
import { PaymentView } from '../dto/payment.dto';
import { PatientPayment } from '../patient-payment.entity';
import { PaymentChanges } from '../payment-changes';
import { PaymentApplications, unappliedMinor } from '../payment-applications';
import { PaymentRefund } from '../payment-refund.entity';
import { lockPatientPayments, RefundTooLargeError } from '../payment-rules';
import { findPayment, paymentView } from '../payment-views';
import { PaymentProcessor } from '../processor/payment-processor';
import { RefundPaymentCommand } from './refund-payment.command';

/**
 * Money goes back by the method it came in, a card's through the processor. It comes out of the payment's unapplied
 * credit first; beyond that the newest applications are taken back, and those visits owe it again.
 */
@Injectable()
export class RefundPayment {
  constructor(
    private readonly changes: PaymentChanges,
    private readonly applications: PaymentApplications,
    private readonly processor: PaymentProcessor,
    private readonly ledger: Ledger,
  ) {}

  execute({ idempotencyKey, ...command }: RefundPaymentCommand): Promise<PaymentView> {
    const { paymentId, amountMinor, reason, now } = command;
    const request = { refund: paymentId, amountMinor, reason };
    return this.changes.make({ idempotencyKey, request, action: 'update', now }, (manager) =>
      this.refund(manager, command, `${command.tenantId}:${idempotencyKey}`),
    );
  }

  private async refund(
    manager: EntityManager,
    command: Omit<RefundPaymentCommand, 'idempotencyKey'>,
    reference: string,
  ) {
    const payment = await findPayment(manager, command.paymentId);
    await lockPatientPayments(manager, payment.patientId);
    const refundable = payment.amountMinor - (await this.refundedMinor(manager, payment.id));
    if (command.amountMinor > refundable) throw new RefundTooLargeError(money(refundable, payment.currency));
    const unapplied = await unappliedMinor(manager, payment.id);
    await this.applications.takeBack(manager, payment, Math.max(command.amountMinor - unapplied, 0), command);
    const amount = money(command.amountMinor, payment.currency);
    await this.ledger.post(manager, postings.refund(amount), {
      tenantId: payment.tenantId,
      patientId: payment.patientId,
      paymentId: payment.id,
      postedAt: command.now,
      postedBy: command.actorUserId,
    });
    await manager.insert(PaymentRefund, {
      tenantId: payment.tenantId,
      paymentId: payment.id,
      amountMinor: command.amountMinor,
      method: payment.method,
      processorReference: await this.givenBack(payment, amount, reference),
      reason: command.reason,
      refundedAt: command.now,
      refundedBy: command.actorUserId,
    });
    return paymentView(manager, payment.id);
  }

  /** Last of all, so a refusal of anything before leaves the card untouched. */
  private async givenBack(payment: PatientPayment, amount: Money, reference: string) {
    if (payment.processorReference === null) return null;
    const refunded = await this.processor.refund({ processorReference: payment.processorReference, amount, reference });
    return refunded.processorReference;
  }

  private async refundedMinor(manager: EntityManager, paymentId: string): Promise<number> {
    const [row]: { refunded: string }[] = await manager.query(
      `SELECT coalesce(sum(amount_minor), 0) AS refunded FROM payment_refunds WHERE payment_id = $1`,
      [paymentId],
    );
    return Number(row.refunded);
  }
}
