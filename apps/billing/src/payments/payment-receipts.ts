import { Injectable } from '@nestjs/common';
import { money } from '@praxis/domain';
import { TenantCommand } from '@praxis/platform';
import { EntityManager } from 'typeorm';
import { Ledger } from '../ledger/ledger';
import { postings } from '../ledger/ledger-postings';
import { ReceiptDto } from './dto/payment.dto';
import { PatientPayment } from './patient-payment.entity';
import { CardApproval, PaymentProcessor } from './processor/payment-processor';

export type Receipt = ReceiptDto & { patientId: string; copayVisitId?: string };

/**
 * A receipt's request as the idempotency record keeps it: the card is named by its last four digits, so not even a
 * hash of its number is stored.
 */
export const receiptFingerprint = ({ card, ...receipt }: ReceiptDto & Record<string, unknown>) => ({
  ...receipt,
  cardLast4: card?.number.slice(-4),
});

/**
 * Money coming in: a card is charged through the processor first (a decline throws and nothing is written), then the
 * payment is recorded and posted as the patient's credit. Callers have checked everything else before.
 */
@Injectable()
export class PaymentReceipts {
  constructor(
    private readonly processor: PaymentProcessor,
    private readonly ledger: Ledger,
  ) {}

  async receive(
    manager: EntityManager,
    receipt: Receipt,
    { tenantId, actorUserId, now }: TenantCommand,
    idempotencyKey: string,
  ): Promise<PatientPayment> {
    const amount = money(receipt.amountMinor, receipt.currency);
    const approval: CardApproval | undefined = receipt.card
      ? await this.processor.charge({ card: receipt.card, amount, reference: `${tenantId}:${idempotencyKey}`, now })
      : undefined;
    const payment = await manager.save(
      manager.create(PatientPayment, {
        tenantId,
        patientId: receipt.patientId,
        method: receipt.method,
        amountMinor: receipt.amountMinor,
        currency: receipt.currency,
        checkNumber: receipt.method === 'check' ? receipt.checkNumber : null,
        cardBrand: approval?.brand ?? null,
        cardLast4: approval?.last4 ?? null,
        processorReference: approval?.processorReference ?? null,
        copayVisitId: receipt.copayVisitId ?? null,
        receivedAt: now,
        receivedBy: actorUserId,
      }),
    );
    await this.ledger.post(manager, postings.patientPayment(amount), {
      tenantId,
      patientId: receipt.patientId,
      paymentId: payment.id,
      postedAt: now,
      postedBy: actorUserId,
    });
    return payment;
  }
}
