/** The gateway's browser sign-in: the refresh token stays in an HttpOnly cookie; the page only ever holds the access token. */
const BROWSER_SESSION = '/api/v1/auth/browser';
const CSRF_HEADERS = { 'x-praxis-csrf': '1' };

export interface AccessGrant {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
}

export class SignInRefusedError extends Error {}

export const signInWithPassword = async (email: string, password: string): Promise<AccessGrant> => {
  const response = await fetch(`${BROWSER_SESSION}/login`, {
    method: 'POST',
    headers: { ...CSRF_HEADERS, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status === 401 || response.status === 400)
    throw new SignInRefusedError('That email and password do not match an account.');
  if (response.status === 423)
    throw new SignInRefusedError('This account is locked after too many attempts. Ask your clinic admin.');
  if (response.status === 429)
    throw new SignInRefusedError('Too many attempts from this computer. Wait a minute and try again.');
  if (!response.ok) throw new Error(`sign-in failed (${response.status})`);
  return (await response.json()) as AccessGrant;
};

/** Undefined when there is no session to resume (no cookie, or it was used up or revoked). */
const refreshFromCookie = async (): Promise<AccessGrant | undefined> => {
  const response = await fetch(`${BROWSER_SESSION}/refresh`, { method: 'POST', headers: CSRF_HEADERS });
  if (response.status === 401) return undefined;
  if (!response.ok) throw new Error(`could not resume the session (${response.status})`);
  return (await response.json()) as AccessGrant;
};

let renewalInFlight: Promise<AccessGrant | undefined> | undefined;

/**
 * A refresh token is single-use, and presenting a used one ends the whole login: the page load, the timer and refused calls
 * that want a new access token at the same moment share one refresh.
 */
export const renewSession = (): Promise<AccessGrant | undefined> =>
  (renewalInFlight ??= refreshFromCookie().finally(() => {
    renewalInFlight = undefined;
  }));

export const signOutOfBrowser = async (): Promise<void> => {
  await fetch(`${BROWSER_SESSION}/logout`, { method: 'POST', headers: CSRF_HEADERS });
};
