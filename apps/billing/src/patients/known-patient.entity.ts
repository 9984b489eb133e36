import type { PostalAddress } from '@praxis/platform';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A patient scheduling told billing about: billing takes payments only from patients it knows, and addresses statements
 * by name and mailing address. A patient first heard of through a visit has no name until scheduling announces one.
 */
@Entity({ name: 'known_patients' })
export class KnownPatient {
  @PrimaryColumn('uuid', { name: 'patient_id' })
  patientId: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('varchar', { name: 'first_name', nullable: true })
  firstName: string | null;

  @Column('varchar', { name: 'last_name', nullable: true })
  lastName: string | null;

  /** Where statements are mailed; scheduling announces it with the patient's coverage list (coverage.updated v3). */
  @Column('jsonb', { nullable: true })
  address: PostalAddress | null;
}
