import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { INTERNAL_TOKEN_HEADER, TokenClaims } from '@praxis/auth';
import {
  checkIdempotencyKey,
  FrontHandler,
  IDEMPOTENCY_KEY_HEADER,
  PROBLEM_CONTENT_TYPE,
  problemAnswer,
  requestLogger,
  timeHttpRequest,
} from '@praxis/platform';
import { PraxisClsStore, REQUEST_ID_HEADER, requestIdOf, TenantContext } from '@praxis/tenancy';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CLS_ID, ClsService } from 'nestjs-cls';
import { GATEWAY_CONFIG, GatewayConfig } from '../gateway.config';
import { RateLimitedError, RateLimiter } from '../rate-limits/rate-limiter';
import { CallerTokens } from './caller-tokens';
import { forwardedRequestHeaders } from './forwarded-headers';
import { requestBodyOf } from './request-body';
import { isForwarded } from './forwarded-paths';
import { findRoute, isAnonymous, rolesAllow, Route, serviceUrls } from './route-table';
import { SignedInCallers } from './signed-in-callers';
import { Upstream, UpstreamResponse } from './upstream';

export const GATEWAY_OWNED_PREFIXES = Symbol('GATEWAY_OWNED_PREFIXES');

/** The label forwarded requests have always had in the request-duration metric. */
const FORWARDED_ROUTE = '/api/v1/*path';

/** Express's own choices for a buffered answer: no body on 204 and 304, bytes without a type are octet-stream. */
const BODILESS_STATUSES = new Set([204, 304]);

const pathOf = (url: string): string => {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
};

const send = (response: ServerResponse, answer: UpstreamResponse): void => {
  if (BODILESS_STATUSES.has(answer.status)) {
    const { 'content-type': _type, ...headers } = answer.headers;
    response.writeHead(answer.status, headers).end();
    return;
  }
  response
    .writeHead(answer.status, {
      'content-type': 'application/octet-stream',
      ...answer.headers,
      'content-length': String(answer.body.length),
    })
    .end(answer.body);
};

/**
 * The public API's door to the services, answered from a plain node:http handler in front of Nest: route table,
 * access token (verified once, revocations checked every time), rate limits, body checks, Idempotency-Key shape,
 * request id, request log, metrics and problem+json errors, without Express's router or Nest's pipeline per request.
 * Paths the gateway's own controllers hold under /api/v1 (browser sessions, ...) are left to Nest.
 */
@Injectable()
export class ApiForwarder {
  private readonly services: ReturnType<typeof serviceUrls>;

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(GATEWAY_OWNED_PREFIXES) private readonly ownedPrefixes: string[],
    private readonly cls: ClsService<PraxisClsStore>,
    private readonly context: TenantContext,
    private readonly limiter: RateLimiter,
    private readonly upstream: Upstream,
    private readonly callers: SignedInCallers,
    private readonly tokens: CallerTokens,
  ) {
    this.services = serviceUrls(config);
  }

  /** Built once Nest has set up logging, whose logger the request lines share. */
  handler(serviceName: string): FrontHandler {
    const logRequest = requestLogger(serviceName, this.config.LOG_LEVEL);
    return (request, response) => {
      const path = pathOf(request.url ?? '/');
      if (!isForwarded(path, this.ownedPrefixes)) return false;
      const requestId = requestIdOf(request);
      request.headers[REQUEST_ID_HEADER] = requestId;
      response.setHeader(REQUEST_ID_HEADER, requestId);
      this.cls.runWith({ [CLS_ID]: requestId }, () => {
        logRequest(request, response);
        void this.answer(request, response, path);
      });
      return true;
    };
  }

  private async answer(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
    const answered = timeHttpRequest(request.method ?? 'GET', FORWARDED_ROUTE);
    try {
      await this.forward(request, response, path, await requestBodyOf(request, this.config.MAX_BODY_BYTES));
    } catch (error) {
      this.refuse(response, error, request.url ?? path);
    }
    answered(response.statusCode);
  }

  private async forward(request: IncomingMessage, response: ServerResponse, path: string, body: Buffer | undefined) {
    const route = findRoute(path);
    if (!route) throw new NotFoundException(`no API at ${path}`);
    checkIdempotencyKey(request.headers[IDEMPOTENCY_KEY_HEADER] as string | undefined);
    const caller = await this.authenticate(route, request, path);
    await this.limit(caller, request, response);
    const answer = await this.upstream.forward({
      baseUrl: this.services[route.service],
      method: request.method ?? 'GET',
      pathAndQuery: request.url ?? path,
      headers: {
        ...forwardedRequestHeaders(request.headers),
        [INTERNAL_TOKEN_HEADER]: await this.tokens.internalTokenFor(caller),
        [REQUEST_ID_HEADER]: request.headers[REQUEST_ID_HEADER] as string,
      },
      body: body && body.length > 0 ? body : undefined,
    });
    send(response, answer);
  }

  private async authenticate(route: Route, request: IncomingMessage, path: string): Promise<TokenClaims> {
    if (isAnonymous(route, request.method ?? 'GET', path)) return { roles: [] };
    const claims = await this.callers.of(request);
    // A prefix that only has anonymous routes has nothing else for anyone: the path does not exist, whatever the role.
    if (route.roles.length === 0) throw new NotFoundException(`no API at ${path}`);
    if (!rolesAllow(route, claims.roles)) throw new ForbiddenException('your role does not allow this');
    this.context.setActor(claims);
    return claims;
  }

  private async limit(caller: TokenClaims, request: IncomingMessage, response: ServerResponse): Promise<void> {
    try {
      await this.limiter.consume({ ...caller, clientAddress: request.socket.remoteAddress ?? 'unknown' });
    } catch (error) {
      if (error instanceof RateLimitedError) response.setHeader('retry-after', String(error.retryAfterSeconds));
      throw error;
    }
  }

  private refuse(response: ServerResponse, error: unknown, url: string): void {
    const problem = problemAnswer(error, url, this.cls.getId());
    // An answer already under way cannot become a problem document; the caller sees the connection end.
    if (response.headersSent) return void response.destroy();
    response
      .writeHead(problem.status, {
        'content-type': `${PROBLEM_CONTENT_TYPE}; charset=utf-8`,
        'content-length': String(Buffer.byteLength(problem.body)),
      })
      .end(problem.body);
  }
}
