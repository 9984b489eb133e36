import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PostalAddress } from '@praxis/platform';

/** The patient as scheduling's last coverage.updated v2 described them. */
@Entity({ name: 'insured_patients' })
export class InsuredPatient {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('varchar', { name: 'first_name' })
  firstName: string;

  @Column('varchar', { name: 'last_name' })
  lastName: string;

  @Column('date', { name: 'date_of_birth' })
  dateOfBirth: string;

  @Column('varchar')
  sex: string;

  @Column('jsonb')
  address: PostalAddress;
}
