import { StaffRole } from '@praxis/contracts';
import { GatewayConfig } from '../gateway.config';

export type ServiceName = 'identity' | 'scheduling' | 'billing' | 'claims' | 'training';

export interface Route {
  prefix: string;
  service: ServiceName;
  /** Roles that may call anything under the prefix; each service then checks the route's own permission. */
  roles: readonly StaffRole[] | 'anyone-signed-in';
  /** Method + exact path pairs reachable without signing in. */
  anonymous?: readonly string[];
}

export const ROUTES: readonly Route[] = [
  { prefix: '/api/v1/auth', service: 'identity', roles: 'anyone-signed-in', anonymous: ['POST /api/v1/auth/login', 'POST /api/v1/auth/refresh', 'POST /api/v1/auth/logout'] },
  { prefix: '/api/v1/clinics', service: 'identity', roles: 'anyone-signed-in', anonymous: ['POST /api/v1/clinics'] },
  { prefix: '/api/v1/locations', service: 'identity', roles: 'anyone-signed-in' },
  { prefix: '/api/v1/staff', service: 'identity', roles: ['admin', 'clinic_manager'] },
  { prefix: '/api/v1/audit-events', service: 'identity', roles: ['admin'] },
  { prefix: '/api/v1/patients', service: 'scheduling', roles: 'anyone-signed-in' },
  { prefix: '/api/v1/providers', service: 'scheduling', roles: 'anyone-signed-in' },
  { prefix: '/api/v1/rooms', service: 'scheduling', roles: 'anyone-signed-in' },
  { prefix: '/api/v1/appointment-types', service: 'scheduling', roles: 'anyone-signed-in' },
  { prefix: '/api/v1/availability', service: 'scheduling', roles: 'anyone-signed-in' },
  { prefix: '/api/v1/slots', service: 'scheduling', roles: 'anyone-signed-in' },
  { prefix: '/api/v1/appointments', service: 'scheduling', roles: 'anyone-signed-in' },
  { prefix: '/api/v1/schedules', service: 'scheduling', roles: 'anyone-signed-in' },
  { prefix: '/api/v1/reminders', service: 'scheduling', roles: ['admin', 'front_desk'] },
];

export const serviceUrls = (config: GatewayConfig): Record<ServiceName, string> => ({
  identity: config.IDENTITY_URL,
  scheduling: config.SCHEDULING_URL,
  billing: config.BILLING_URL,
  claims: config.CLAIMS_URL,
  training: config.TRAINING_URL,
});

export const findRoute = (path: string): Route | undefined =>
  ROUTES.find((route) => path === route.prefix || path.startsWith(`${route.prefix}/`));

export const isAnonymous = (route: Route, method: string, path: string): boolean =>
  route.anonymous?.includes(`${method} ${path}`) ?? false;

export const rolesAllow = (route: Route, roles: readonly string[]): boolean =>
  route.roles === 'anyone-signed-in' || route.roles.some((role) => roles.includes(role));
