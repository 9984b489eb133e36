import { defineServiceAccess } from './service-access';

const everyone = ['admin', 'front_desk', 'billing_clerk', 'clinic_manager', 'provider'] as const;

/** Managers keep everyone's training; every staff member sees and submits their own (the use cases narrow it to them). */
export const trainingAccess = defineServiceAccess({
  service: 'training',
  permissions: {
    'training:read': ['admin', 'clinic_manager'],
    'training:manage': ['admin', 'clinic_manager'],
    'training:self': everyone,
  },
  prefixes: {
    '/api/v1/training': ['training:read', 'training:manage', 'training:self'],
  },
});
