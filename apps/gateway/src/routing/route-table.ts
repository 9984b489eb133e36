import { SERVICE_ACCESS, rolesHoldingAny, schedulingAccess, ServiceName } from '@praxis/auth';
import { StaffRole } from '@praxis/contracts';
import { GatewayConfig } from '../gateway.config';

export type { ServiceName };

export interface Route {
  prefix: string;
  service: ServiceName;
  /** Roles holding a permission some route under the prefix requires; the service then checks the route's own. */
  roles: readonly StaffRole[];
  /** Method + exact path pairs reachable without signing in. */
  anonymous?: readonly string[];
}

const ANONYMOUS: Readonly<Record<string, readonly string[]>> = {
  '/api/v1/auth': ['POST /api/v1/auth/login', 'POST /api/v1/auth/refresh', 'POST /api/v1/auth/logout'],
  '/api/v1/clinics': ['POST /api/v1/clinics'],
};

export const ROUTES: readonly Route[] = SERVICE_ACCESS.flatMap(({ service, permissions, prefixes }) =>
  Object.entries(prefixes).map(([prefix, required]) => ({
    prefix,
    service,
    roles: rolesHoldingAny(permissions, required),
    anonymous: ANONYMOUS[prefix],
  })),
);

export const serviceUrls = (config: GatewayConfig): Record<ServiceName, string> => ({
  identity: config.IDENTITY_URL,
  scheduling: config.SCHEDULING_URL,
  billing: config.BILLING_URL,
  claims: config.CLAIMS_URL,
  training: config.TRAINING_URL,
});

/**
 * Answered by the gateway itself (apps/gateway/src/live), never forwarded: open to the roles that scheduling lets read
 * appointments.
 */
export const LIVE_APPOINTMENTS_ROUTE = {
  path: '/api/v1/live/appointments',
  roles: rolesHoldingAny(schedulingAccess.permissions, ['appointments:read']),
} as const;

export const findRoute = (path: string): Route | undefined =>
  ROUTES.find((route) => path === route.prefix || path.startsWith(`${route.prefix}/`));

export const isAnonymous = (route: Route, method: string, path: string): boolean =>
  route.anonymous?.includes(`${method} ${path}`) ?? false;

export const rolesAllow = (route: Pick<Route, 'roles'>, roles: readonly string[]): boolean =>
  route.roles.some((role) => roles.includes(role));
