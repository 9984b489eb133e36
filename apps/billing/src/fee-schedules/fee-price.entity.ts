import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { ContractedAmount } from './contracted-amount.entity';
import type { FeeSchedule } from './fee-schedule.entity';

/** What the clinic charges for a procedure code, with modifiers when they change the fee, in minor units. */
@Entity({ name: 'fee_prices' })
@Index('fee_prices_one_per_code', ['feeScheduleId', 'procedureCode', 'modifierKey'], { unique: true })
@Check('fee_prices_not_negative', 'amount_minor >= 0')
export class FeePrice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'fee_schedule_id' })
  feeScheduleId: string;

  @ManyToOne('FeeSchedule', 'prices')
  @JoinColumn({ name: 'fee_schedule_id', foreignKeyConstraintName: 'fee_prices_fee_schedule_id_fkey' })
  schedule?: FeeSchedule;

  /** CPT or HCPCS Level II. */
  @Column('varchar', { name: 'procedure_code', length: 5 })
  procedureCode: string;

  /** As the clinic listed them; empty for the code's own price. */
  @Column('text', { array: true, default: () => "'{}'" })
  modifiers: string[];

  /** The modifiers sorted and joined, so 25 59 and 59 25 are the same price. */
  @Column('varchar', { name: 'modifier_key' })
  modifierKey: string;

  @Column('integer', { name: 'amount_minor' })
  amountMinor: number;

  /** What each payer's contract allows for it, when the clinic has the contract. */
  @OneToMany(() => ContractedAmount, (amount) => amount.price, { cascade: ['insert'] })
  contractedAmounts: ContractedAmount[];
}
