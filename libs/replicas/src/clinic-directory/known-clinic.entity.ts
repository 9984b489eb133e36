import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A service's own copy of the clinics identity told it about (tenant.created): no service reads identity's database. */
@Entity({ name: 'known_clinics' })
export class KnownClinic {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column({ name: 'legal_name' })
  legalName: string;

  @Column({ name: 'time_zone' })
  timeZone: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
