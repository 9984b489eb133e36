import { defineServiceAccess } from './service-access';

/**
 * Clerks keep the prices, work the charges and post and refund payments; managers may read them to answer what a visit
 * costs; the front desk takes a co-pay when the patient checks in.
 */
export const billingAccess = defineServiceAccess({
  service: 'billing',
  permissions: {
    'fee-schedules:read': ['admin', 'billing_clerk', 'clinic_manager'],
    'fee-schedules:write': ['admin', 'billing_clerk'],
    'charges:read': ['admin', 'billing_clerk', 'clinic_manager'],
    'charges:write': ['admin', 'billing_clerk'],
    'payments:read': ['admin', 'billing_clerk', 'clinic_manager'],
    'payments:write': ['admin', 'billing_clerk'],
    'copays:take': ['admin', 'billing_clerk', 'front_desk'],
    'statements:read': ['billing_clerk', 'clinic_manager'],
    'statements:write': ['billing_clerk', 'clinic_manager'],
  },
  prefixes: {
    '/api/v1/billing': [
      'fee-schedules:read',
      'fee-schedules:write',
      'charges:read',
      'charges:write',
      'payments:read',
      'payments:write',
      'copays:take',
      'statements:read',
      'statements:write',
    ],
  },
});
