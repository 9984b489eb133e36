import { Controller, HttpCode, Inject, Post, Req, Res, UnauthorizedException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { INTERNAL_TOKEN_HEADER, Public, signInternalToken } from '@praxis/auth';
import { REQUEST_ID_HEADER, TenantContext } from '@praxis/tenancy';
import type { Request, Response } from 'express';
import { GATEWAY_CONFIG, GatewayConfig } from '../gateway.config';
import { RateLimitedError, RateLimiter } from '../rate-limits/rate-limiter';
import { Upstream, UpstreamResponse } from '../routing/upstream';
import { requireSameOriginBrowser } from './csrf-check';
import { BROWSER_SESSION_PATH, clearRefreshCookie, refreshCookieOf, setRefreshCookie } from './refresh-cookie';

interface SessionTokens {
  tokenType: 'Bearer';
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
}

/**
 * Sign-in for the console: identity's login, refresh and logout, with the refresh token kept in an HttpOnly cookie so that
 * page scripts only ever hold the short-lived access token. Identity itself stays unaware of browsers.
 */
@ApiExcludeController()
@Controller(BROWSER_SESSION_PATH.slice(1))
export class BrowserSessionsController {
  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    private readonly context: TenantContext,
    private readonly limiter: RateLimiter,
    private readonly upstream: Upstream,
  ) {}

  @Public()
  @Post('login')
  async login(@Req() request: Request, @Res() response: Response): Promise<void> {
    requireSameOriginBrowser(request);
    await this.limitAnonymous(request, response);
    this.answerWithSession(
      response,
      await this.callIdentity('login', Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0)),
    );
  }

  @Public()
  @Post('refresh')
  async refresh(@Req() request: Request, @Res() response: Response): Promise<void> {
    requireSameOriginBrowser(request);
    const refreshToken = refreshCookieOf(request);
    if (!refreshToken) throw new UnauthorizedException('not signed in');
    await this.limitAnonymous(request, response);
    const answer = await this.callIdentity('refresh', Buffer.from(JSON.stringify({ refreshToken })));
    if (answer.status !== 200) clearRefreshCookie(response);
    this.answerWithSession(response, answer);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    requireSameOriginBrowser(request);
    const refreshToken = refreshCookieOf(request);
    clearRefreshCookie(response);
    if (refreshToken) await this.callIdentity('logout', Buffer.from(JSON.stringify({ refreshToken })));
  }

  private async callIdentity(action: 'login' | 'refresh' | 'logout', body: Buffer): Promise<UpstreamResponse> {
    const requestId = this.context.requestId ?? '';
    const internalToken = await signInternalToken({ roles: [], requestId }, this.config.INTERNAL_TOKEN_SECRET);
    return this.upstream.forward({
      baseUrl: this.config.IDENTITY_URL,
      method: 'POST',
      pathAndQuery: `/api/v1/auth/${action}`,
      headers: {
        'content-type': 'application/json',
        [INTERNAL_TOKEN_HEADER]: internalToken,
        [REQUEST_ID_HEADER]: requestId,
      },
      body,
    });
  }

  /** Identity's refusals (wrong password, used token) pass through as they are; a session leaves without its refresh token. */
  private answerWithSession(response: Response, answer: UpstreamResponse): void {
    if (answer.status !== 200) {
      response.status(answer.status).set(answer.headers).send(answer.body);
      return;
    }
    const { refreshToken, ...forTheBrowser } = JSON.parse(answer.body.toString('utf8')) as SessionTokens;
    setRefreshCookie(response, refreshToken);
    response.status(200).set('cache-control', 'no-store').json(forTheBrowser);
  }

  private async limitAnonymous(request: Request, response: Response): Promise<void> {
    try {
      await this.limiter.consume({ clientAddress: request.ip ?? 'unknown' });
    } catch (error) {
      if (error instanceof RateLimitedError) response.setHeader('retry-after', String(error.retryAfterSeconds));
      throw error;
    }
  }
}
