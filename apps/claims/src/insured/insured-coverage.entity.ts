import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Responsibility } from '../claims/claim.entity';
import type { PostalAddress } from '@praxis/platform';

/** The policy holder as a claim names them; for `self`, the patient. Null where scheduling was not told. */
export class CoverageSubscriber {
  relationship: 'self' | 'spouse' | 'child' | 'other';
  firstName: string | null;
  lastName: string | null;
  dateOfBirth: string | null;
  sex: string | null;
  address: PostalAddress | null;
}

/** A patient's coverage as scheduling's last coverage.updated v2 listed it. */
@Entity({ name: 'insured_coverages' })
@Index('insured_coverages_by_patient', ['tenantId', 'patientId'])
export class InsuredCoverage {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'patient_id' })
  patientId: string;

  /** The electronic payer id, which finds the clinic's payer. */
  @Column('varchar', { name: 'payer_id' })
  payerId: string;

  @Column('varchar', { name: 'payer_name' })
  payerName: string;

  @Column('varchar', { name: 'member_id' })
  memberId: string;

  @Column('varchar', { name: 'group_number', nullable: true })
  groupNumber: string | null;

  @Column('varchar')
  rank: Responsibility;

  @Column('date', { name: 'effective_from' })
  effectiveFrom: string;

  @Column('date', { name: 'effective_to', nullable: true })
  effectiveTo: string | null;

  @Column('jsonb')
  subscriber: CoverageSubscriber;
}
