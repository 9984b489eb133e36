import { sqlValues } from '@praxis/platform';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { StoredAdjustment } from './remittance.entity';

export const claimPaymentPostings = ['adjudicated', 'reversal', 'unmatched', 'held'] as const;
/**
 * adjudicated: announced as claim.adjudicated; reversal: took back an earlier decision (claim.adjudication-reversed);
 * unmatched: waits for a clerk to name its claim; held: its transaction did not balance, so nothing was posted.
 */
export type ClaimPaymentPosting = (typeof claimPaymentPostings)[number];

export interface StoredLinePayment {
  procedureCode: string;
  modifiers: string[];
  /** SVC06: the code as billed, when the payer paid it under another one. */
  billedProcedureCode: string | null;
  billedModifiers: string[];
  chargeMinor: number;
  paidMinor: number;
  units: number | null;
  serviceDate: string | null;
  /** REF*6R: the line control number the 837 sent. */
  lineControlNumber: string | null;
  adjustments: StoredAdjustment[];
  remarks: string[];
  /** The claim line it answers, once matched. */
  matchedLineId: string | null;
}

/** One CLP of a stored remittance: what the payer decided on one claim, and what Praxis did with it. */
@Entity({ name: 'remittance_claim_payments' })
@Index('remittance_claim_payments_by_remittance', ['remittanceId', 'position'], { unique: true })
@Index('remittance_claim_payments_by_claim', ['tenantId', 'matchedClaimId'])
@Index('remittance_claim_payments_by_posting', ['tenantId', 'posting'])
@Check('remittance_claim_payments_posting', `posting IN (${sqlValues(claimPaymentPostings)})`)
export class ClaimPaymentRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'remittance_id' })
  remittanceId: string;

  /** Its place among the transaction's claim payments, from 0. */
  @Column('integer')
  position: number;

  /** CLP01: the CLM01 the claim was sent with. */
  @Column('varchar', { name: 'patient_control_number' })
  patientControlNumber: string;

  /** CLP02: 1, 2, 3 processed, 4 denied, 22 reversal... */
  @Column('varchar', { name: 'status_code' })
  statusCode: string;

  /** CLP07: the payer's own number for the claim. */
  @Column('varchar', { name: 'payer_claim_control_number' })
  payerClaimControlNumber: string;

  @Column('integer', { name: 'charge_minor' })
  chargeMinor: number;

  @Column('integer', { name: 'paid_minor' })
  paidMinor: number;

  @Column('integer', { name: 'patient_responsibility_minor', nullable: true })
  patientResponsibilityMinor: number | null;

  /** NM1*QC NM109: the member id, a fallback to find the claim by. */
  @Column('varchar', { name: 'member_id', nullable: true })
  memberId: string | null;

  @Column('jsonb')
  adjustments: StoredAdjustment[];

  @Column('jsonb')
  remarks: string[];

  @Column('jsonb')
  lines: StoredLinePayment[];

  @Column('varchar')
  posting: ClaimPaymentPosting;

  @Column('uuid', { name: 'matched_claim_id', nullable: true })
  matchedClaimId: string | null;

  /** The decision announced (adjudicated), or the one taken back (reversal). */
  @Column('uuid', { name: 'adjudication_id', nullable: true })
  adjudicationId: string | null;

  /** Set on a decision once a later reversal took it back. */
  @Column('uuid', { name: 'reversed_by', nullable: true })
  reversedBy: string | null;

  /** Why it could not be posted by itself, for the clerk. */
  @Column('text', { name: 'unmatched_reason', nullable: true })
  unmatchedReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/** A claim payment as read, before it is stored (or in a preview, where it never is). */
export type UnsavedClaimPayment = Omit<ClaimPaymentRecord, 'tenantId' | 'remittanceId' | 'createdAt'>;
