import type { StaffRole } from '@praxis/contracts';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A service's own copy of identity's staff (identity.staff events): no service reads identity's database. */
@Entity({ name: 'staff_members' })
export class StaffMember {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column({ name: 'display_name' })
  displayName: string;

  @Column('text', { array: true })
  roles: StaffRole[];

  @Column({ default: true })
  active: boolean;

  @Column('uuid', { name: 'location_id', nullable: true })
  locationId: string | null;

  @Column({ name: 'hired_on', type: 'date', nullable: true })
  hiredOn: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
