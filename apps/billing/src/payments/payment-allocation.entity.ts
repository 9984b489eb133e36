import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { PatientPayment } from './patient-payment.entity';

/**
 * Part of a payment applied to a visit's patient responsibility. A refund of applied money takes it back with a
 * negative allocation, so the rows always add up to what the payment has on the visit now.
 */
@Entity({ name: 'payment_allocations' })
@Index('payment_allocations_payment', ['paymentId'])
@Index('payment_allocations_visit', ['visitId'])
@Check('payment_allocations_not_zero', 'amount_minor <> 0')
export class PaymentAllocation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'payment_id' })
  paymentId: string;

  @ManyToOne('PatientPayment', 'allocations')
  @JoinColumn({ name: 'payment_id', foreignKeyConstraintName: 'payment_allocations_payment_id_fkey' })
  payment?: PatientPayment;

  @Column('uuid', { name: 'visit_id' })
  visitId: string;

  @Column('integer', { name: 'amount_minor' })
  amountMinor: number;

  @Column('timestamptz', { name: 'applied_at' })
  appliedAt: Date;

  @Column('uuid', { name: 'applied_by', nullable: true })
  appliedBy: string | null;
}
