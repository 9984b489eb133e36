import type { AdjustmentGroup } from '@praxis/contracts';
import type { CurrencyCode } from '@praxis/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Claim } from '../claims/claim.entity';

export interface AdjudicatedAdjustment {
  group: AdjustmentGroup;
  reason: string;
  amountMinor: number;
}

export interface AdjudicatedLine {
  chargeId: string;
  procedureCode: string;
  chargeMinor: number;
  paidMinor: number;
  adjustments: AdjudicatedAdjustment[];
}

/** What a payer decided on a claim, as claim.adjudicated announced it: the denials worklist and the next payer read it. */
@Entity({ name: 'claim_adjudications' })
@Index('claim_adjudications_by_claim', ['tenantId', 'claimId'])
@Check('claim_adjudications_status', `claim_status IN ('paid', 'partially_paid', 'denied')`)
export class ClaimAdjudication {
  @PrimaryColumn('uuid', { name: 'adjudication_id' })
  adjudicationId: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'claim_id' })
  claimId: string;

  @ManyToOne('Claim')
  @JoinColumn({ name: 'claim_id', foreignKeyConstraintName: 'claim_adjudications_claim_fkey' })
  claim?: Claim;

  @Column('varchar', { name: 'claim_status' })
  claimStatus: 'paid' | 'partially_paid' | 'denied';

  @Column('varchar', { name: 'payer_claim_control_number', nullable: true })
  payerClaimControlNumber: string | null;

  @Column('integer', { name: 'paid_minor' })
  paidMinor: number;

  @Column('varchar', { length: 3 })
  currency: CurrencyCode;

  @Column('jsonb')
  lines: AdjudicatedLine[];

  /** Claim-level adjustments (CAS in loop 2100). */
  @Column('jsonb')
  adjustments: AdjudicatedAdjustment[];

  /** Remittance advice remark codes. */
  @Column('text', { array: true, default: () => `'{}'` })
  remarks: string[];

  @Column('timestamptz', { name: 'decided_at' })
  decidedAt: Date;
}
