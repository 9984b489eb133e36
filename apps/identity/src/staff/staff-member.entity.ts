import { ApiHideProperty } from '@nestjs/swagger';
import type { StaffRole } from '@praxis/contracts';
import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryGeneratedColumn } from 'typeorm';
import { Location } from '../locations/location.entity';

@Entity({ name: 'staff_members' })
@ForeignKey(() => Location, ['tenantId', 'locationId'], ['tenantId', 'id'], { name: 'staff_members_location_fk' })
export class StaffMember {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column()
  email: string;

  @Column({ name: 'display_name' })
  displayName: string;

  @Column('text', { array: true })
  roles: StaffRole[];

  @Column({ default: true })
  active: boolean;

  /** Where the member mainly works; null until an admin sets one (a clinic's first admin starts without). */
  @Column('uuid', { name: 'location_id', nullable: true })
  locationId: string | null;

  /** The first day of employment (YYYY-MM-DD); training counts a new hire's deadlines from it. */
  @Column({ name: 'hired_on', type: 'date', nullable: true })
  hiredOn: string | null;

  @ApiHideProperty()
  @Column({ name: 'password_hash', select: false })
  passwordHash: string;

  @Column('int', { name: 'failed_logins', default: 0 })
  failedLogins: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
