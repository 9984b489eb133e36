import { defineServiceAccess } from './service-access';

/** Clerks keep the prices and work the charges; managers may read both to answer what a visit costs. */
export const billingAccess = defineServiceAccess({
  service: 'billing',
  permissions: {
    'fee-schedules:read': ['admin', 'billing_clerk', 'clinic_manager'],
    'fee-schedules:write': ['admin', 'billing_clerk'],
    'charges:read': ['admin', 'billing_clerk', 'clinic_manager'],
    'charges:write': ['admin', 'billing_clerk'],
  },
  prefixes: {
    '/api/v1/billing': ['fee-schedules:read', 'fee-schedules:write', 'charges:read', 'charges:write'],
  },
});
