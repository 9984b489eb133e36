import { PermissionTable } from '@praxis/auth';

const everyone = ['admin', 'front_desk', 'billing_clerk', 'clinic_manager', 'provider'] as const;

export const schedulingPermissions: PermissionTable = {
  'patients:read': everyone,
  'patients:write': ['admin', 'front_desk'],
  'providers:read': everyone,
  'providers:write': ['admin', 'clinic_manager'],
  'rooms:read': everyone,
  'rooms:write': ['admin', 'clinic_manager'],
  'appointment-types:read': everyone,
  'appointment-types:write': ['admin', 'clinic_manager'],
  'availability:read': everyone,
  'availability:write': ['admin', 'clinic_manager', 'front_desk'],
  'appointments:read': everyone,
  'appointments:write': ['admin', 'front_desk'],
  'appointments:complete': ['admin', 'front_desk', 'provider'],
  'reminders:read': ['admin', 'front_desk'],
};
