import type { CurrencyCode } from '@praxis/domain';
import { sqlValues } from '@praxis/platform';
import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const claimStatuses = ['paid', 'partially_paid', 'denied'] as const;
export type ClaimStatus = (typeof claimStatuses)[number];

/** A payer's decision on a claim as billing posted it, once per adjudication; its ledger lines carry the same id. */
@Entity({ name: 'remittance_postings' })
@Index('remittance_postings_visit', ['tenantId', 'visitId'])
@Check('remittance_postings_claim_status', `claim_status IN (${sqlValues(claimStatuses)})`)
export class RemittancePosting {
  @PrimaryColumn('uuid', { name: 'adjudication_id' })
  adjudicationId: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'claim_id' })
  claimId: string;

  @Column('uuid', { name: 'visit_id' })
  visitId: string;

  @Column('uuid', { name: 'patient_id' })
  patientId: string;

  @Column('varchar', { name: 'payer_id' })
  payerId: string;

  /** The payer's own number for the claim, to find it in the payer's records. */
  @Column('varchar', { name: 'payer_claim_control_number', nullable: true })
  payerClaimControlNumber: string | null;

  @Column('varchar', { name: 'claim_status' })
  claimStatus: ClaimStatus;

  /** What the payer paid on the claim, as it sent it. */
  @Column('integer', { name: 'paid_minor' })
  paidMinor: number;

  @Column('varchar', { length: 3 })
  currency: CurrencyCode;

  @Column('timestamptz', { name: 'posted_at' })
  postedAt: Date;

  /** Set once the payer took the decision back and its postings were mirrored. */
  @Column('uuid', { name: 'reversal_id', nullable: true })
  reversalId: string | null;

  @Column('timestamptz', { name: 'reversed_at', nullable: true })
  reversedAt: Date | null;
}
