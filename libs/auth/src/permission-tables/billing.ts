import { defineServiceAccess } from './service-access';

/** Clerks keep the prices; managers may read them to answer what a visit will cost. */
export const billingAccess = defineServiceAccess({
  service: 'billing',
  permissions: {
    'fee-schedules:read': ['admin', 'billing_clerk', 'clinic_manager'],
    'fee-schedules:write': ['admin', 'billing_clerk'],
  },
  prefixes: {
    '/api/v1/billing': ['fee-schedules:read', 'fee-schedules:write'],
  },
});
