import { Injectable } from '@nestjs/common';
import type { PatientDataAction } from '@praxis/contracts';
import { IdempotentRequests } from '@praxis/platform';
import { PatientDataTrail } from '@praxis/messaging';
import { TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { PaymentView } from './dto/payment.dto';
import { paymentRecord } from './payment-views';

export interface PaymentChange {
  idempotencyKey: string;
  /** What the key must be sent with again: a retry asking for something else is refused. */
  request: unknown;
  action: Extract<PatientDataAction, 'create' | 'update'>;
  now: Date;
}

/**
 * Every change to a patient's payments: one transaction, done once per Idempotency-Key, and put on the patient data
 * trail (a replay as a read, since it changed nothing).
 */
@Injectable()
export class PaymentChanges {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly idempotency: IdempotentRequests,
    private readonly trail: PatientDataTrail,
  ) {}

  make(
    { idempotencyKey, request, action, now }: PaymentChange,
    work: (manager: EntityManager) => Promise<PaymentView>,
  ): Promise<PaymentView> {
    return this.transactions.run(async (manager) => {
      const { result, replayed } = await this.idempotency.once(manager, idempotencyKey, request, () => work(manager));
      await this.trail.record(manager, replayed ? 'read' : action, [paymentRecord(result)], now);
      return result;
    });
  }
}
