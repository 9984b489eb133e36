import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Claim } from './claim.entity';

/** One released charge on a claim (a 2400 service line); a replacement or the next payer's claim bills it again. */
@Entity({ name: 'claim_lines' })
@Index('claim_lines_one_per_charge', ['claimId', 'chargeId'], { unique: true })
@Index('claim_lines_by_charge', ['chargeId'])
@Index('claim_lines_by_claim', ['claimId'])
@Check('claim_lines_amount_not_negative', 'amount_minor >= 0')
export class ClaimLine {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'claim_id' })
  claimId: string;

  @ManyToOne('Claim', 'lines')
  @JoinColumn({ name: 'claim_id', foreignKeyConstraintName: 'claim_lines_claim_fkey' })
  claim?: Claim;

  /** Billing's charge, which claims never changes. */
  @Column('uuid', { name: 'charge_id' })
  chargeId: string;

  @Column('varchar', { name: 'procedure_code', length: 5 })
  procedureCode: string;

  @Column('text', { array: true, default: () => `'{}'` })
  modifiers: string[];

  @Column('integer')
  units: number;

  @Column('integer', { name: 'amount_minor' })
  amountMinor: number;

  /** 1-based positions in the claim's diagnoses (SV107), one to four. */
  @Column('smallint', { name: 'diagnosis_pointers', array: true })
  diagnosisPointers: number[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
