import { z } from 'zod';
import { defineEvent } from '../envelope/event-contract';
import { Topic } from '../topics';

export const staffRoles = ['admin', 'front_desk', 'billing_clerk', 'clinic_manager', 'provider'] as const;
export type StaffRole = (typeof staffRoles)[number];

const staffMember = z.object({
  userId: z.string().uuid(),
  email: z.string().email(),
  displayName: z.string().min(1),
  roles: z.array(z.enum(staffRoles)).min(1),
  active: z.boolean(),
});

export const StaffCreated = defineEvent({
  type: 'staff.created',
  version: 1,
  topic: Topic.IdentityStaff,
  payload: staffMember,
});
export const StaffUpdated = defineEvent({
  type: 'staff.updated',
  version: 1,
  topic: Topic.IdentityStaff,
  payload: staffMember,
});
export const StaffDeactivated = defineEvent({
  type: 'staff.deactivated',
  version: 1,
  topic: Topic.IdentityStaff,
  payload: z.object({ userId: z.string().uuid() }),
});
