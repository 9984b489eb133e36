import {
  All,
  Controller,
  ForbiddenException,
  Inject,
  NotFoundException,
  Req,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { INTERNAL_TOKEN_HEADER, InvalidTokenError, TokenClaims } from '@praxis/auth';
import { checkIdempotencyKey, IDEMPOTENCY_KEY_HEADER } from '@praxis/platform';
import { REQUEST_ID_HEADER, TenantContext } from '@praxis/tenancy';
import type { Request, Response } from 'express';
import { GATEWAY_CONFIG, GatewayConfig } from '../gateway.config';
import { RateLimitedError, RateLimiter } from '../rate-limits/rate-limiter';
import { RevokedSessions } from '../revocations/revoked-sessions';
import { findRoute, isAnonymous, rolesAllow, Route, serviceUrls } from './route-table';
import { CallerTokens } from './caller-tokens';
import { forwardedRequestHeaders } from './forwarded-headers';
import { Upstream } from './upstream';

const bearerOf = (request: Request): string | undefined => {
  const [scheme, token] = (request.header('authorization') ?? '').split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token : undefined;
};

@ApiExcludeController()
@Controller()
export class ProxyController {
  private readonly services: ReturnType<typeof serviceUrls>;

  constructor(
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
    private readonly context: TenantContext,
    private readonly limiter: RateLimiter,
    private readonly upstream: Upstream,
    private readonly revoked: RevokedSessions,
    private readonly tokens: CallerTokens,
  ) {
    this.services = serviceUrls(config);
  }

  @All('api/v1/*path')
  async forward(@Req() request: Request, @Res() response: Response): Promise<void> {
    const route = findRoute(request.path);
    if (!route) throw new NotFoundException(`no API at ${request.path}`);
    checkIdempotencyKey(request.header(IDEMPOTENCY_KEY_HEADER));
    const caller = await this.authenticate(route, request);
    await this.limit(caller, request, response);
    const requestId = this.context.requestId ?? '';
    const internalToken = await this.tokens.internalTokenFor(caller);
    const answer = await this.upstream.forward({
      baseUrl: this.services[route.service],
      method: request.method,
      pathAndQuery: request.originalUrl,
      headers: {
        ...forwardedRequestHeaders(request.headers),
        [INTERNAL_TOKEN_HEADER]: internalToken,
        [REQUEST_ID_HEADER]: requestId,
      },
      body: Buffer.isBuffer(request.body) && request.body.length > 0 ? request.body : undefined,
    });
    response.status(answer.status).set(answer.headers).send(answer.body);
  }

  private async authenticate(route: Route, request: Request): Promise<TokenClaims> {
    if (isAnonymous(route, request.method, request.path)) return { roles: [] };
    const claims = await this.tokens.verifiedAccessClaims(bearerOf(request)).catch((error: unknown) => {
      throw new UnauthorizedException(
        error instanceof InvalidTokenError ? `access token ${error.reason}` : 'unauthorized',
      );
    });
    if (this.revoked.isRevoked(claims))
      throw new UnauthorizedException('access token revoked: your account was changed, sign in again');
    // A prefix that only has anonymous routes has nothing else for anyone: the path does not exist, whatever the role.
    if (route.roles.length === 0) throw new NotFoundException(`no API at ${request.path}`);
    if (!rolesAllow(route, claims.roles)) throw new ForbiddenException('your role does not allow this');
    this.context.setActor(claims);
    return claims;
  }

  private async limit(caller: TokenClaims, request: Request, response: Response): Promise<void> {
    try {
      await this.limiter.consume({ ...caller, clientAddress: request.ip ?? 'unknown' });
    } catch (error) {
      if (error instanceof RateLimitedError) response.setHeader('retry-after', String(error.retryAfterSeconds));
      throw error;
    }
  }
}
