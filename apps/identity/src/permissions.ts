import { PermissionTable } from '@praxis/auth';

export const identityPermissions: PermissionTable = {
  'clinic:read': ['admin', 'front_desk', 'billing_clerk', 'clinic_manager', 'provider'],
  'clinic:update': ['admin'],
  'locations:read': ['admin', 'front_desk', 'billing_clerk', 'clinic_manager', 'provider'],
  'locations:write': ['admin'],
  'staff:read': ['admin', 'clinic_manager'],
  'staff:write': ['admin'],
  'audit:read': ['admin'],
  'session:self': ['admin', 'front_desk', 'billing_clerk', 'clinic_manager', 'provider'],
};
