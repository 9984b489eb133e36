import { BadGatewayException, GatewayTimeoutException, Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Agent, Dispatcher } from 'undici';
import type { IncomingHttpHeaders } from 'node:http';
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

const passedOnHeaders = (headers: IncomingHttpHeaders): Record<string, string> => {
  const passed: Record<string, string> = {};
  for (const name of RESPONSE_HEADERS) {
    const value = headers[name];
    if (value !== undefined) passed[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return passed;
};

interface Target {
  origin: string;
  /** A service mounted under a path prefix keeps it: the request goes to `${baseUrl}${pathAndQuery}`. */
  pathPrefix: string;
}

const targetOf = (baseUrl: string): Target => {
  const url = new URL(baseUrl);
  return { origin: url.origin, pathPrefix: url.pathname.replace(/\/$/, '') };
};

const bytesOf = async (body: Dispatcher.ResponseData['body']): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
};

/**
 * Every service is reached through a pool of kept-alive connections, so a request costs no TCP handshake. A service
 * that is down answers 502, one that is too slow 504, both within UPSTREAM_TIMEOUT_MS: never a hang.
 */
@Injectable()
export class Upstream implements OnModuleDestroy {
  private readonly pools: Agent;
  private readonly targets = new Map<string, Target>();

  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {
    this.pools = new Agent({ connections: config.UPSTREAM_CONNECTIONS_PER_SERVICE });
  }

  async forward(request: UpstreamRequest): Promise<UpstreamResponse> {
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), this.config.UPSTREAM_TIMEOUT_MS);
    try {
      const target = this.targetOf(request.baseUrl);
      const answer = await this.pools.request({
        origin: target.origin,
        path: `${target.pathPrefix}${request.pathAndQuery}`,
        method: request.method as Dispatcher.HttpMethod,
        headers: request.headers,
        body: METHODS_WITH_BODY.has(request.method) ? request.body : undefined,
        signal: deadline.signal,
      });
      return { status: answer.statusCode, headers: passedOnHeaders(answer.headers), body: await bytesOf(answer.body) };
    } catch {
      if (deadline.signal.aborted) throw new GatewayTimeoutException('the service did not answer in time');
      throw new BadGatewayException('the service is unavailable');
    } finally {
      clearTimeout(timer);
    }
  }

  async getJson(baseUrl: string, path: string): Promise<unknown> {
    const response = await this.forward({
      baseUrl,
      method: 'GET',
      pathAndQuery: path,
      headers: { accept: 'application/json' },
    });
    if (response.status !== 200) throw new BadGatewayException(`${path} answered ${response.status}`);
    return JSON.parse(response.body.toString('utf8'));
  }

  private targetOf(baseUrl: string): Target {
    let target = this.targets.get(baseUrl);
    if (!target) this.targets.set(baseUrl, (target = targetOf(baseUrl)));
    return target;
  }

  async onModuleDestroy(): Promise<void> {
    await this.pools.close().catch(() => undefined);
  }
}
