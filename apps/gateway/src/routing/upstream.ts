import { BadGatewayException, GatewayTimeoutException, Inject, Injectable } from '@nestjs/common';
import { GATEWAY_CONFIG, GatewayConfig } from '../gateway.config';
import { RESPONSE_HEADERS } from './forwarded-headers';

export interface UpstreamRequest {
  baseUrl: string;
  method: string;
  pathAndQuery: string;
  headers: Record<string, string>;
  /** The bytes the caller sent, passed on untouched: never parsed and re-serialised at the edge. */
  body?: Buffer;
}

export interface UpstreamResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const passedOnHeaders = (headers: Headers): Record<string, string> =>
  Object.fromEntries(
    RESPONSE_HEADERS.flatMap((name) => {
      const value = headers.get(name);
      return value === null ? [] : [[name, value]];
    }),
  );

/** A service that is down answers 502, one that is too slow 504, both within UPSTREAM_TIMEOUT_MS: never a hang. */
@Injectable()
export class Upstream {
  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {}

  async forward(request: UpstreamRequest): Promise<UpstreamResponse> {
    try {
      const response = await fetch(`${request.baseUrl}${request.pathAndQuery}`, {
        method: request.method,
        headers: request.headers,
        body: METHODS_WITH_BODY.has(request.method) ? request.body : undefined,
        signal: AbortSignal.timeout(this.config.UPSTREAM_TIMEOUT_MS),
        redirect: 'manual',
      });
      return { status: response.status, headers: passedOnHeaders(response.headers), body: Buffer.from(await response.arrayBuffer()) };
    } catch (error) {
      if (error instanceof DOMException && error.name === 'TimeoutError') {
        throw new GatewayTimeoutException('the service did not answer in time');
      }
      throw new BadGatewayException('the service is unavailable');
    }
  }

  async getJson(baseUrl: string, path: string): Promise<unknown> {
    const response = await this.forward({ baseUrl, method: 'GET', pathAndQuery: path, headers: { accept: 'application/json' } });
    if (response.status !== 200) throw new BadGatewayException(`${path} answered ${response.status}`);
    return JSON.parse(response.body.toString('utf8'));
  }
}
