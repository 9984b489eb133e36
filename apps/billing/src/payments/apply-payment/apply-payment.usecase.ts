import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PaymentView } from '../dto/payment.dto';
import { PaymentChanges } from '../payment-changes';
import { PaymentApplications, unappliedMinor } from '../payment-applications';
import { lockPatientPayments } from '../payment-rules';
import { findPayment, paymentView } from '../payment-views';
import { ApplyPaymentCommand } from './apply-payment.command';

/** The patient's credit left on a payment goes to their visits: oldest first, or as the clerk chose. */
@Injectable()
export class ApplyPayment {
  constructor(
    private readonly changes: PaymentChanges,
    private readonly applications: PaymentApplications,
  ) {}

  execute({ idempotencyKey, ...command }: ApplyPaymentCommand): Promise<PaymentView> {
    const request = { apply: command.paymentId, allocations: command.allocations };
    return this.changes.make({ idempotencyKey, request, action: 'update', now: command.now }, (manager) =>
      this.apply(manager, command),
    );
  }

  private async apply(manager: EntityManager, command: Omit<ApplyPaymentCommand, 'idempotencyKey'>) {
    const payment = await findPayment(manager, command.paymentId);
    await lockPatientPayments(manager, payment.patientId);
    const available = await unappliedMinor(manager, payment.id);
    const open = await this.applications.openVisits(manager, payment.patientId, payment.currency);
    const planned = this.applications.plan(open, available, payment.currency, command.allocations);
    await this.applications.apply(manager, payment, planned, command);
    return paymentView(manager, payment.id);
  }
}
