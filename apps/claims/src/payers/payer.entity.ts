import { PostalAddress, sqlValues } from '@praxis/platform';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ClaimFilingIndicator } from './claim-filing-indicators';
import { claimFilingIndicators } from './claim-filing-indicators';

/**
 * A payer the clinic bills. Scheduling's coverage names a payer by its electronic payer id, so that id is how a
 * claim finds its payer here: one payer per electronic id in a clinic.
 */
@Entity({ name: 'payers' })
@Index('payers_one_per_electronic_id', ['tenantId', 'electronicPayerId'], { unique: true })
@Check('payers_claim_filing_indicator', `claim_filing_indicator IN (${sqlValues(claimFilingIndicators)})`)
@Check('payers_timely_filing_positive', 'timely_filing_days > 0')
export class Payer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('varchar')
  name: string;

  /** The id the clearinghouse routes by (2010BB NM109), as scheduling's coverage records it. */
  @Column('varchar', { name: 'electronic_payer_id' })
  electronicPayerId: string;

  @Column('varchar', { name: 'claim_filing_indicator' })
  claimFilingIndicator: ClaimFilingIndicator;

  /** Days after the date of service within which the payer accepts a claim. */
  @Column('integer', { name: 'timely_filing_days' })
  timelyFilingDays: number;

  @Column('jsonb')
  address: PostalAddress;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
