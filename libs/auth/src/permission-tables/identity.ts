import { defineServiceAccess } from './service-access';

const everyone = ['admin', 'front_desk', 'billing_clerk', 'clinic_manager', 'provider'] as const;

export const identityAccess = defineServiceAccess({
  service: 'identity',
  permissions: {
    'clinic:read': everyone,
    'clinic:update': ['admin'],
    'locations:read': everyone,
    'locations:write': ['admin'],
    'staff:read': ['admin', 'clinic_manager'],
    'staff:write': ['admin'],
    'audit:read': ['admin'],
    'session:self': everyone,
  },
  prefixes: {
    '/api/v1/auth': [],
    '/api/v1/clinics': ['clinic:read'],
    '/api/v1/locations': ['locations:read', 'locations:write'],
    '/api/v1/staff': ['staff:read', 'staff:write'],
    '/api/v1/audit-events': ['audit:read'],
  },
});
