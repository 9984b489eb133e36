import type { Request, Response } from 'express';

export const BROWSER_SESSION_PATH = '/api/v1/auth/browser';
export const REFRESH_COOKIE = 'praxis_refresh';

/**
 * The refresh token lives where page scripts cannot read it (HttpOnly), travels only to the routes that use it (Path), never
 * over plain HTTP (Secure) and never with a request another site starts (SameSite=Strict). No Max-Age: closing the browser
 * ends the session, which suits a shared front-desk computer.
 */
const COOKIE_ATTRIBUTES = `Path=${BROWSER_SESSION_PATH}; HttpOnly; Secure; SameSite=Strict`;

export const setRefreshCookie = (response: Response, refreshToken: string): void => {
  response.append('set-cookie', `${REFRESH_COOKIE}=${encodeURIComponent(refreshToken)}; ${COOKIE_ATTRIBUTES}`);
};

export const clearRefreshCookie = (response: Response): void => {
  response.append('set-cookie', `${REFRESH_COOKIE}=; ${COOKIE_ATTRIBUTES}; Max-Age=0`);
};

export const refreshCookieOf = (request: Request): string | undefined => {
  for (const pair of (request.header('cookie') ?? '').split(';')) {
    const [name, ...value] = pair.trim().split('=');
    if (name === REFRESH_COOKIE && value.length) return decodeURIComponent(value.join('=')) || undefined;
  }
  return undefined;
};
