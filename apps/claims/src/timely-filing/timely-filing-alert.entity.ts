import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Claim } from '../claims/claim.entity';

/** The daily scan found a claim this close to its payer's filing limit; each stage is raised once. */
@Entity({ name: 'timely_filing_alerts' })
@Index('timely_filing_alerts_once_per_stage', ['claimId', 'filingDeadline', 'stage'], { unique: true })
export class TimelyFilingAlert {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'claim_id' })
  claimId: string;

  @ManyToOne('Claim')
  @JoinColumn({ name: 'claim_id', foreignKeyConstraintName: 'timely_filing_alerts_claim_fkey' })
  claim?: Claim;

  @Column('date', { name: 'filing_deadline' })
  filingDeadline: string;

  /** Days before the deadline this alert stands for: 30, 14, 7, or 0 once it has passed. */
  @Column('integer')
  stage: number;

  /** Days left when the scan raised it (negative once passed). */
  @Column('integer', { name: 'days_left' })
  daysLeft: number;

  @Column('timestamptz', { name: 'raised_at' })
  raisedAt: Date;
}
