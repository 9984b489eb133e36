import { Injectable } from '@nestjs/common';
import { IdempotentRequests } from '@praxis/platform';
import { PatientDataTrail } from '@praxis/messaging';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { PaymentView } from '../dto/payment.dto';
import { PaymentApplications } from '../payment-applications';
import { PaymentReceipts, receiptFingerprint } from '../payment-receipts';
import { lockPatientPayments, refuseCurrencyNotBilled, refuseUnknownPatient } from '../payment-rules';
import { paymentRecord, paymentView } from '../payment-views';
import { PostPaymentCommand } from './post-payment.command';

/**
 * A patient's payment by cash, check or card, applied at once oldest first or as the clerk chose; what is left stays as
 * the patient's credit. Every check comes before the card is charged, so a refused payment charges and writes nothing.
 */
@Injectable()
export class PostPayment {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly idempotency: IdempotentRequests,
    private readonly trail: PatientDataTrail,
    private readonly receipts: PaymentReceipts,
    private readonly applications: PaymentApplications,
  ) {}

  execute({ idempotencyKey, tenantId, actorUserId, now, ...payment }: PostPaymentCommand): Promise<PaymentView> {
    return this.transactions.run(async (manager) => {
      const request = { post: 'payment', ...receiptFingerprint(payment) };
      const { result, replayed } = await this.idempotency.once(manager, idempotencyKey, request, () =>
        this.post(manager, { ...payment, tenantId, actorUserId, now, idempotencyKey }),
      );
      await this.trail.record(manager, replayed ? 'read' : 'create', [paymentRecord(result)], now);
      return result;
    });
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
