import { sqlValues } from '@praxis/platform';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { PaymentMethod } from './payment-methods';
import { paymentMethods } from './payment-methods';
import type { PatientPayment } from './patient-payment.entity';

/** Money given back from a payment, by the method it came in; a card refund names the processor's refund. */
@Entity({ name: 'payment_refunds' })
@Index('payment_refunds_payment', ['paymentId'])
@Check('payment_refunds_positive', 'amount_minor > 0')
@Check('payment_refunds_method', `method IN (${sqlValues(paymentMethods)})`)
export class PaymentRefund {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'payment_id' })
  paymentId: string;

  @ManyToOne('PatientPayment', 'refunds')
  @JoinColumn({ name: 'payment_id', foreignKeyConstraintName: 'payment_refunds_payment_id_fkey' })
  payment?: PatientPayment;

  @Column('integer', { name: 'amount_minor' })
  amountMinor: number;

  @Column('varchar')
  method: PaymentMethod;

  @Column('varchar', { name: 'processor_reference', nullable: true })
  processorReference: string | null;

  @Column('varchar', { length: 500 })
  reason: string;

  @Column('timestamptz', { name: 'refunded_at' })
  refundedAt: Date;

  @Column('uuid', { name: 'refunded_by', nullable: true })
  refundedBy: string | null;
}
