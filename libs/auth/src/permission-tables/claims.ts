import { defineServiceAccess } from './service-access';

/** Clerks build, fix and send claims and keep the payers and billing profile; managers may read them all. */
export const claimsAccess = defineServiceAccess({
  service: 'claims',
  permissions: {
    'claims:read': ['admin', 'billing_clerk', 'clinic_manager'],
    'claims:write': ['admin', 'billing_clerk'],
  },
  prefixes: {
    '/api/v1/claims': ['claims:read', 'claims:write'],
    '/api/v1/payers': ['claims:read', 'claims:write'],
    '/api/v1/billing-profile': ['claims:read', 'claims:write'],
    '/api/v1/claim-submissions': ['claims:read', 'claims:write'],
    '/api/v1/acknowledgements': ['claims:write'],
    '/api/v1/remittances': ['claims:read', 'claims:write'],
    '/api/v1/denials': ['claims:read', 'claims:write'],
    '/api/v1/timely-filing': ['claims:read'],
  },
  x12Uploads: ['/api/v1/acknowledgements', '/api/v1/remittances', '/api/v1/remittances/preview'],
});
