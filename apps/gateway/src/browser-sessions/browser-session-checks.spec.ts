import { ForbiddenException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CSRF_HEADER, requireSameOriginBrowser } from './csrf-check';
import { clearRefreshCookie, refreshCookieOf, setRefreshCookie } from './refresh-cookie';

const aRequest = (headers: Record<string, string>): Request =>
  ({ header: (name: string) => headers[name.toLowerCase()] }) as unknown as Request;

const aResponse = () => {
  const cookies: string[] = [];
  const response = {
    append: (name: string, value: string) => name === 'set-cookie' && cookies.push(value),
  } as unknown as Response;
  return { response, cookies };
};

describe('browser sessions', () => {
  it('accept the console calling from its own origin', () => {
    expect(() =>
      requireSameOriginBrowser(
        aRequest({ [CSRF_HEADER]: '1', host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' }),
      ),
    ).not.toThrow();
  });

  it('refuse a request without the console header, as a cross-site form would send it', () => {
    expect(() =>
      requireSameOriginBrowser(aRequest({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' })),
    ).toThrow(ForbiddenException);
  });

  it('refuse a request another site started, even with the header', () => {
    expect(() =>
      requireSameOriginBrowser(
        aRequest({ [CSRF_HEADER]: '1', host: '127.0.0.1:3000', origin: 'https://elsewhere.example' }),
      ),
    ).toThrow(ForbiddenException);
    expect(() =>
      requireSameOriginBrowser(aRequest({ [CSRF_HEADER]: '1', host: '127.0.0.1:3000', origin: 'null' })),
    ).toThrow(ForbiddenException);
  });

  it('keep the refresh token in a cookie page scripts cannot read, sent only to the session routes', () => {
    const { response, cookies } = aResponse();
    setRefreshCookie(response, 'token/with=odd;chars');
    expect(cookies).toEqual([
      'praxis_refresh=token%2Fwith%3Dodd%3Bchars; Path=/api/v1/auth/browser; HttpOnly; Secure; SameSite=Strict',
    ]);
    expect(refreshCookieOf(aRequest({ cookie: `other=1; ${cookies[0].split(';')[0]}` }))).toBe('token/with=odd;chars');
  });

  it('forget the refresh token on sign-out', () => {
    const { response, cookies } = aResponse();
    clearRefreshCookie(response);
    expect(cookies[0]).toMatch(/^praxis_refresh=; .*Max-Age=0$/);
    expect(refreshCookieOf(aRequest({ cookie: 'praxis_refresh=' }))).toBeUndefined();
  });
});
