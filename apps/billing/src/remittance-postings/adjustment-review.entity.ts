import type { AdjustmentGroup } from '@praxis/contracts';
import { adjustmentGroups } from '@praxis/contracts';
import type { CurrencyCode } from '@praxis/domain';
import { sqlValues } from '@praxis/platform';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AdjustmentReviewStatus } from './adjustment-review-status';
import { adjustmentReviewStatuses } from './adjustment-review-status';
import { RemittancePosting } from './remittance-posting.entity';

/**
 * A payer's adjustment billing has no rule for (OA, PI, CR): its amount stays owed by the insurer until a clerk
 * writes it off or transfers it to the patient.
 */
@Entity({ name: 'adjustment_reviews' })
@Index('adjustment_reviews_worklist', ['tenantId', 'status', 'createdAt'])
@Index('adjustment_reviews_adjudication', ['adjudicationId'])
@Check('adjustment_reviews_status', `status IN (${sqlValues(adjustmentReviewStatuses)})`)
@Check('adjustment_reviews_group', `adjustment_group IN (${sqlValues(adjustmentGroups)})`)
export class AdjustmentReview {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  /** The payer's decision the adjustment came with. */
  @Column('uuid', { name: 'adjudication_id' })
  adjudicationId: string;

  @ManyToOne(() => RemittancePosting)
  @JoinColumn({ name: 'adjudication_id', foreignKeyConstraintName: 'adjustment_reviews_adjudication_id_fkey' })
  adjudication?: RemittancePosting;

  @Column('uuid', { name: 'claim_id' })
  claimId: string;

  @Column('uuid', { name: 'visit_id' })
  visitId: string;

  @Column('uuid', { name: 'patient_id' })
  patientId: string;

  @Column('varchar', { name: 'payer_id' })
  payerId: string;

  /** The charge the payer adjusted; null for an adjustment of the claim as a whole. */
  @Column('uuid', { name: 'charge_id', nullable: true })
  chargeId: string | null;

  /** The CAS group code: OA other, PI payer-initiated reduction, CR correction. */
  @Column('varchar', { name: 'adjustment_group' })
  group: AdjustmentGroup;

  /** The claim adjustment reason code (CARC) the payer gave. */
  @Column('varchar')
  reason: string;

  /** Signed as the payer sent it: positive reduced what the payer paid. */
  @Column('integer', { name: 'amount_minor' })
  amountMinor: number;

  @Column('varchar', { length: 3 })
  currency: CurrencyCode;

  @Column('varchar')
  status: AdjustmentReviewStatus;

  @Column('timestamptz', { name: 'resolved_at', nullable: true })
  resolvedAt: Date | null;

  @Column('uuid', { name: 'resolved_by', nullable: true })
  resolvedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
