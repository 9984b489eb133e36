import type { CurrencyCode } from '@praxis/domain';
import { sqlValues } from '@praxis/platform';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { ClaimHistoryEntry } from './claim-history.entity';
import type { ClaimLine } from './claim-line.entity';
import type { ClaimStatus } from './claim-status';
import { claimStatuses } from './claim-status';
import type { ScrubError } from './scrub/scrub-error';

/** The coverage rank a claim bills, in the order payers decide: each after the one before it. */
export const responsibilities = ['primary', 'secondary', 'tertiary'] as const;
export type Responsibility = (typeof responsibilities)[number];

/** CLM05-3: 1 original, 7 replaces a claim the payer decided on, 8 voids it. */
export const claimFrequencies = ['1', '7', '8'] as const;
export type ClaimFrequency = (typeof claimFrequencies)[number];

/** One visit's charges billed to one payer, at most 50 lines (the 837P's limit per claim). */
@Entity({ name: 'claims' })
@Index('claims_patient_control_number_unique', ['tenantId', 'patientControlNumber'], {
  unique: true,
  where: 'replaces_claim_id IS NULL',
})
@Index('claims_replaced_once', ['replacesClaimId'], { unique: true })
@Index('claims_one_per_prior_payer_claim', ['priorPayerClaimId'], { unique: true })
@Index('claims_by_status', ['tenantId', 'status'])
@Index('claims_by_visit', ['tenantId', 'visitId'])
@Check('claims_status', `status IN (${sqlValues(claimStatuses)})`)
@Check('claims_frequency', `frequency IN (${sqlValues(claimFrequencies)})`)
@Check('claims_responsibility', `responsibility IN (${sqlValues(responsibilities)})`)
export class Claim {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  /** CLM01, echoed by the payer in CLP01: short and free of delimiters. */
  @Column('varchar', { name: 'patient_control_number', length: 20 })
  patientControlNumber: string;

  @Column('varchar')
  status: ClaimStatus;

  @Column('uuid', { name: 'visit_id' })
  visitId: string;

  @Column('uuid', { name: 'patient_id' })
  patientId: string;

  @Column('uuid', { name: 'provider_id' })
  providerId: string;

  @Column('uuid', { name: 'location_id' })
  locationId: string;

  /** The payer's electronic id, as the coverage and the charges name it. */
  @Column('varchar', { name: 'payer_id' })
  payerId: string;

  @Column('varchar')
  responsibility: Responsibility;

  @Column('varchar', { length: 1, default: '1' })
  frequency: ClaimFrequency;

  /** The decided claim this one replaces or voids; it reuses that claim's patient control number. */
  @Column('uuid', { name: 'replaces_claim_id', nullable: true })
  replacesClaimId: string | null;

  /** The claim whose payer decided before this one's: its decision travels in this claim's 2320 and 2430 loops. */
  @Column('uuid', { name: 'prior_payer_claim_id', nullable: true })
  priorPayerClaimId: string | null;

  @Column('date', { name: 'date_of_service' })
  dateOfService: string;

  @Column('varchar', { length: 3 })
  currency: CurrencyCode;

  /** ICD-10-CM codes in claim order; lines point into this list (1-based). */
  @Column('text', { array: true, default: () => `'{}'` })
  diagnoses: string[];

  /** What the last scrub found, empty when the claim is ready. */
  @Column('jsonb', { name: 'scrub_errors', default: () => `'[]'` })
  scrubErrors: ScrubError[];

  /** The payer's own number for the claim (277CA REF*1K), once it accepted it. */
  @Column('varchar', { name: 'payer_claim_control_number', nullable: true })
  payerClaimControlNumber: string | null;

  /** Present when one claim is read. */
  @OneToMany('ClaimLine', 'claim')
  lines?: ClaimLine[];

  /** Present when one claim is read. */
  @OneToMany('ClaimHistoryEntry', 'claim')
  history?: ClaimHistoryEntry[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
