import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE = 'praxis:public';
export const ANONYMOUS_ROUTE = 'praxis:anonymous';
export const REQUIRED_PERMISSION = 'praxis:permission';

/** Reachable without any token: health, readiness, metrics, API description. Never tenant data. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Reached through the gateway (internal token required) by a caller who is not signed in yet: sign-up, login. */
export const AllowAnonymous = () => SetMetadata(ANONYMOUS_ROUTE, true);

export const RequirePermission = (permission: string) => SetMetadata(REQUIRED_PERMISSION, permission);
