import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export class PostalAddress {
  line1: string;
  line2?: string;
  city: string;
  state: string;
  postalCode: string;
}

/** A clinic is a tenant: its own id is the tenant id that row-level security compares. */
@Entity({ name: 'clinics' })
export class Clinic {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'legal_name' })
  legalName: string;

  @Column({ length: 10 })
  npi: string;

  @Column({ length: 9 })
  tin: string;

  @Column('jsonb')
  address: PostalAddress;

  @Column({ name: 'time_zone' })
  timeZone: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
