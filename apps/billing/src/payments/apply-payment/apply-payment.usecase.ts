import { Injectable } from '@nestjs/common';
import { IdempotentRequests } from '@praxis/platform';
import { PatientDataTrail } from '@praxis/messaging';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { PaymentView } from '../dto/payment.dto';
import { PaymentApplications, unappliedMinor } from '../payment-applications';
import { lockPatientPayments } from '../payment-rules';
import { findPayment, paymentRecord, paymentView } from '../payment-views';
import { ApplyPaymentCommand } from './apply-payment.command';

/** The patient's credit left on a payment goes to their visits: oldest first, or as the clerk chose. */
@Injectable()
export class ApplyPayment {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly idempotency: IdempotentRequests,
    private readonly trail: PatientDataTrail,
    private readonly applications: PaymentApplications,
  ) {}

  execute({ idempotencyKey, ...command }: ApplyPaymentCommand): Promise<PaymentView> {
    return this.transactions.run(async (manager) => {
      const request = { apply: command.paymentId, allocations: command.allocations };
      const { result, replayed } = await this.idempotency.once(manager, idempotencyKey, request, () =>
        this.apply(manager, command),
      );
      await this.trail.record(manager, replayed ? 'read' : 'update', [paymentRecord(result)], command.now);
      return result;
    });
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
