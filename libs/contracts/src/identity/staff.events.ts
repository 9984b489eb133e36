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
  /** Where the member mainly works, when identity knows it. */
  locationId: z.string().uuid().optional(),
  /** The first day of employment (YYYY-MM-DD), when identity knows it; training counts new-hire deadlines from it. */
  hiredOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
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
