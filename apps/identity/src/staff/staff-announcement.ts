import { StaffCreated, StaffUpdated } from '@praxis/contracts';
import { OutboxWriter } from '@praxis/messaging';
import { EntityManager } from 'typeorm';
import { StaffMember } from './staff-member.entity';

/**
 * Scheduling and training keep their own copy of each staff member: every change is announced for them. Location and
 * hire date are left out while unknown, which their replicas read as "keep what you have".
 */
export const announceStaffMember = (
  outbox: OutboxWriter,
  manager: EntityManager,
  contract: typeof StaffCreated | typeof StaffUpdated,
  member: StaffMember,
) =>
  outbox.append(manager, contract, {
    aggregateId: member.id,
    payload: {
      userId: member.id,
      email: member.email,
      displayName: member.displayName,
      roles: member.roles,
      active: member.active,
      ...(member.locationId ? { locationId: member.locationId } : {}),
      ...(member.hiredOn ? { hiredOn: member.hiredOn } : {}),
    },
  });
