import type { CurrencyCode } from '@praxis/domain';
import { sqlValues } from '@praxis/platform';
import { Check, Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { PaymentAllocation } from './payment-allocation.entity';
import type { PaymentMethod } from './payment-methods';
import { paymentMethods } from './payment-methods';
import { PaymentRefund } from './payment-refund.entity';

/**
 * Money a patient paid, as received. What is applied or refunded is recorded beside it, never by changing it. A card is
 * known only by its brand, last four digits and the processor's reference: its number is never stored.
 */
@Entity({ name: 'patient_payments' })
@Index('patient_payments_patient', ['tenantId', 'patientId', 'receivedAt'])
@Index('patient_payments_copay_visit', ['copayVisitId'])
@Check('patient_payments_method', `method IN (${sqlValues(paymentMethods)})`)
@Check('patient_payments_positive', 'amount_minor > 0')
@Check('patient_payments_check_number', `(method = 'check') = (check_number IS NOT NULL)`)
@Check('patient_payments_card', `(method = 'card') = (processor_reference IS NOT NULL)`)
@Check('patient_payments_card_last4', `card_last4 ~ '^[0-9]{4}$'`)
export class PatientPayment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'patient_id' })
  patientId: string;

  @Column('varchar')
  method: PaymentMethod;

  @Column('integer', { name: 'amount_minor' })
  amountMinor: number;

  @Column('varchar', { length: 3 })
  currency: CurrencyCode;

  @Column('varchar', { name: 'check_number', nullable: true })
  checkNumber: string | null;

  @Column('varchar', { name: 'card_brand', nullable: true })
  cardBrand: string | null;

  @Column('varchar', { name: 'card_last4', length: 4, nullable: true })
  cardLast4: string | null;

  /** The card processor's id of the approved charge, which a refund names. */
  @Column('varchar', { name: 'processor_reference', nullable: true })
  processorReference: string | null;

  /** A co-pay names the visit it was taken for; it waits as credit until that visit's charges post. */
  @Column('uuid', { name: 'copay_visit_id', nullable: true })
  copayVisitId: string | null;

  @Column('timestamptz', { name: 'received_at' })
  receivedAt: Date;

  @Column('uuid', { name: 'received_by', nullable: true })
  receivedBy: string | null;

  @OneToMany(() => PaymentAllocation, (allocation) => allocation.payment)
  allocations?: PaymentAllocation[];

  @OneToMany(() => PaymentRefund, (refund) => refund.payment)
  refunds?: PaymentRefund[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
