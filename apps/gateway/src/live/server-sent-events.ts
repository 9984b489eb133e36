import type { ServerResponse } from 'node:http';

/**
 * One `text/event-stream` answer. Events sent before it opens are dropped: a client fetches afresh once it opens.
 * Comments every `heartbeatMs` keep proxies and load balancers from closing a quiet connection;
 * `X-Accel-Buffering: no` keeps nginx from holding events back.
 */
export class ServerSentEvents {
  private heartbeat?: NodeJS.Timeout;

  constructor(private readonly response: ServerResponse) {}

  open(heartbeatMs: number, beforeEachHeartbeat: () => void): void {
    this.response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
    });
    this.response.write(': connected\n\n');
    this.heartbeat = setInterval(() => {
      beforeEachHeartbeat();
      if (!this.response.writableEnded) this.response.write(': keep-alive\n\n');
    }, heartbeatMs);
    this.response.once('close', () => clearInterval(this.heartbeat));
  }

  send(event: string, data: unknown): void {
    if (this.heartbeat && !this.response.writableEnded)
      this.response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }
}
