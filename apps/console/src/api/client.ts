import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

/** The whole public API, typed from the gateway's OpenAPI document; same origin, so no base URL and no CORS. */
export const api = createClient<paths>({ baseUrl: window.location.origin });

export interface AccessTokenSource {
  accessToken(): string | undefined;
  /** The gateway refused the token: the session is over, and the person must sign in again. */
  expired(): void;
}

export const authenticateWith = (source: AccessTokenSource): Middleware => ({
  onRequest({ request }) {
    const token = source.accessToken();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) source.expired();
    return response;
  },
});
