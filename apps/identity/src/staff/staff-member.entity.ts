import { ApiHideProperty } from '@nestjs/swagger';
import type { StaffRole } from '@praxis/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'staff_members' })
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
