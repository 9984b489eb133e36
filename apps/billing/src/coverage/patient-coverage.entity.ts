import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Scheduling's record of a patient's insurance, as its last coverage.updated listed it. */
@Entity({ name: 'patient_coverages' })
export class PatientCoverage {
  @PrimaryColumn('uuid', { name: 'coverage_id' })
  coverageId: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'patient_id' })
  patientId: string;

  @Column('varchar', { name: 'payer_id' })
  payerId: string;

  @Column('varchar')
  rank: 'primary' | 'secondary';

  @Column('date', { name: 'effective_from' })
  effectiveFrom: string;

  @Column('date', { name: 'effective_to', nullable: true })
  effectiveTo: string | null;
}
