import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

/** The whole public API, typed from the gateway's OpenAPI document; same origin, so no base URL and no CORS. */
export const api = createClient<paths>({ baseUrl: window.location.origin });

export interface AccessTokenSource {
  accessToken(): string | undefined;
  /** The gateway refused this token (expired, or revoked after an account change). */
  refused(token: string): void;
}

export const authenticateWith = (source: AccessTokenSource): Middleware => ({
  onRequest({ request }) {
    const token = source.accessToken();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ request, response }) {
    const sent = request.headers.get('authorization')?.replace(/^Bearer /, '');
    if (response.status === 401 && sent) source.refused(sent);
    return response;
  },
});
