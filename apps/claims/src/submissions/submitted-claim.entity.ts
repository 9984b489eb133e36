import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Claim } from '../claims/claim.entity';
import type { ClaimSubmission } from './claim-submission.entity';

/** A claim as it went out in one submission; a claim rejected and sent again appears in each file. */
@Entity({ name: 'submitted_claims' })
@Index('submitted_claims_once_per_file', ['submissionId', 'claimId'], { unique: true })
@Index('submitted_claims_by_claim', ['tenantId', 'claimId'])
export class SubmittedClaim {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'submission_id' })
  submissionId: string;

  @ManyToOne('ClaimSubmission')
  @JoinColumn({ name: 'submission_id', foreignKeyConstraintName: 'submitted_claims_submission_fkey' })
  submission?: ClaimSubmission;

  @Column('uuid', { name: 'claim_id' })
  claimId: string;

  @ManyToOne('Claim')
  @JoinColumn({ name: 'claim_id', foreignKeyConstraintName: 'submitted_claims_claim_fkey' })
  claim?: Claim;

  /** CLM01 as sent: the 277CA and the 835 name the claim by it. */
  @Column('varchar', { name: 'patient_control_number' })
  patientControlNumber: string;

  /** 2010AA NM109: a provider-level rejection in a 277CA names the provider, not its claims. */
  @Column('varchar', { name: 'billing_provider_npi', length: 10 })
  billingProviderNpi: string;
}
