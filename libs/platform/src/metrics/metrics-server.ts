import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { once } from 'node:events';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { metricsRegistry } from './metrics';

export const METRICS_PATH = '/metrics';

const answer = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
  if (request.method !== 'GET' || request.url?.split('?')[0] !== METRICS_PATH) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': metricsRegistry.contentType }).end(await metricsRegistry.metrics());
};

/**
 * Prometheus scrapes its own port, which no Ingress or published port reaches: the public port
 * answers /metrics with 404, so request counts and process details never leave the cluster.
 */
@Injectable()
export class MetricsServer implements OnApplicationShutdown {
  private server?: Server;

  /** Resolves to the port really bound, which differs from `port` only when asked for 0. */
  async listen(port: number, host: string): Promise<number> {
    const server = createServer((request, response) => {
      answer(request, response).catch(() => response.writeHead(500).end());
    });
    this.server = server;
    server.listen(port, host);
    await once(server, 'listening');
    return (server.address() as AddressInfo).port;
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server?.listening) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
