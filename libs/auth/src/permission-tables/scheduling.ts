import { defineServiceAccess } from './service-access';

const everyone = ['admin', 'front_desk', 'billing_clerk', 'clinic_manager', 'provider'] as const;

export const schedulingAccess = defineServiceAccess({
  service: 'scheduling',
  permissions: {
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
  },
  prefixes: {
    '/api/v1/patients': ['patients:read', 'patients:write', 'appointments:read'],
    '/api/v1/providers': ['providers:read', 'providers:write'],
    '/api/v1/rooms': ['rooms:read', 'rooms:write'],
    '/api/v1/appointment-types': ['appointment-types:read', 'appointment-types:write'],
    '/api/v1/availability': ['availability:read', 'availability:write'],
    '/api/v1/slots': ['availability:read'],
    '/api/v1/appointments': ['appointments:read', 'appointments:write', 'appointments:complete'],
    '/api/v1/schedules': ['appointments:read'],
    '/api/v1/reminders': ['reminders:read'],
  },
});
