import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { FeePrice } from './fee-price.entity';

/** A payer's allowed amount for a price, in the schedule's currency; the difference is a contractual adjustment. */
@Entity({ name: 'fee_contracted_amounts' })
@Index('fee_contracted_amounts_one_per_payer', ['feePriceId', 'payerId'], { unique: true })
@Check('fee_contracted_amounts_not_negative', 'allowed_minor >= 0')
export class ContractedAmount {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'fee_price_id' })
  feePriceId: string;

  @ManyToOne('FeePrice', 'contractedAmounts')
  @JoinColumn({ name: 'fee_price_id', foreignKeyConstraintName: 'fee_contracted_amounts_fee_price_id_fkey' })
  price?: FeePrice;

  /** The payer's electronic payer id, as claims know the payer. */
  @Column('varchar', { name: 'payer_id', length: 20 })
  payerId: string;

  @Column('integer', { name: 'allowed_minor' })
  allowedMinor: number;
}
