import { Injectable } from '@nestjs/common';
import { StaffCreated, StaffRole } from '@praxis/contracts';
import { ConflictError } from '@praxis/platform';
import { OutboxWriter } from '@praxis/messaging';
import { EntityManager } from 'typeorm';
import { PasswordHasher } from './password-hasher';
import { requireClinicLocation } from './primary-location';
import { announceStaffMember } from './staff-announcement';
import { StaffMember } from './staff-member.entity';

export interface NewStaffMember {
  email: string;
  displayName: string;
  roles: StaffRole[];
  password: string;
  locationId?: string;
  hiredOn?: string;
}

export class EmailTakenError extends ConflictError {
  constructor() {
    super('a staff account with this email already exists');
  }
}

/** Adding a staff account, shared by clinic sign-up and by an admin inviting staff. */
@Injectable()
export class StaffDirectory {
  constructor(
    private readonly hasher: PasswordHasher,
    private readonly outbox: OutboxWriter,
  ) {}

  async add(manager: EntityManager, tenantId: string, member: NewStaffMember): Promise<StaffMember> {
    await requireClinicLocation(manager, member.locationId);
    const email = member.email.toLowerCase();
    const passwordHash = await this.hasher.hash(member.password);
    const staff = manager.create(StaffMember, {
      tenantId,
      email,
      displayName: member.displayName,
      roles: member.roles,
      locationId: member.locationId ?? null,
      hiredOn: member.hiredOn ?? null,
      passwordHash,
    });
    await manager.save(staff);
    const claimed: unknown[] = await manager.query(
      `INSERT INTO login_directory (email, tenant_id, user_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING email`,
      [email, tenantId, staff.id],
    );
    if (claimed.length === 0) throw new EmailTakenError();
    await announceStaffMember(this.outbox, manager, StaffCreated, staff);
    return staff;
  }
}
