import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import { InvalidFrameSizeError, MalformedRequestError } from '../errors';
import { FrameDecoder } from '../protocol/frame-decoder';
import type { RequestDispatcher } from './request-dispatcher';

/** Stop reading from a client that pipelines more requests than this until the backlog drains. */
const MAX_QUEUED_REQUESTS = 64;

/**
 * One client socket. Requests are handled strictly one at a time, like Kafka does per connection, so
 * responses always leave in request order even when a fetch long-polls. Any framing or decoding error
 * closes only this connection; closing aborts whatever the in-flight handler is waiting on.
 */
export class ClientConnection {
  private readonly frames: FrameDecoder;
  private readonly queue: Buffer[] = [];
  private readonly abortController = new AbortController();
  private processing = false;
  private closed = false;

  constructor(
    private readonly socket: Socket,
    private readonly dispatcher: RequestDispatcher,
    maxFrameBytes: number,
    private readonly logger: Logger,
    private readonly onClosed: (connection: ClientConnection) => void,
  ) {
    this.frames = new FrameDecoder(maxFrameBytes);
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('error', (error) => this.close(`socket error: ${error.message}`));
    socket.on('close', () => this.close('client closed the connection'));
  }

  get clientHost(): string {
    return this.socket.remoteAddress ?? 'unknown';
  }

  close(reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.logger.debug({ clientHost: this.clientHost, reason }, 'connection closed');
    this.queue.length = 0;
    this.abortController.abort();
    this.socket.destroy();
    this.onClosed(this);
  }

  private receive(chunk: Buffer): void {
    try {
      this.queue.push(...this.frames.push(chunk));
    } catch (error: unknown) {
      this.rejectClient(error);
      return;
    }
    if (this.queue.length >= MAX_QUEUED_REQUESTS) this.socket.pause();
    void this.processQueue();
  }

  private async processQueue(): Promise<void> {
    if (this.processing) return;
    this.processing = true;
    try {
      for (let frame = this.queue.shift(); frame && !this.closed; frame = this.queue.shift()) {
        const response = await this.dispatcher.dispatch(frame, {
          clientHost: this.clientHost,
          signal: this.abortController.signal,
        });
        if (response && !this.closed) await this.write(response);
        if (this.queue.length < MAX_QUEUED_REQUESTS / 2 && !this.closed) this.socket.resume();
      }
    } catch (error: unknown) {
      this.rejectClient(error);
    } finally {
      this.processing = false;
    }
  }

  /** Waits for 'drain' when the client reads slowly, so a slow consumer cannot balloon our memory. */
  private write(chunks: readonly Buffer[]): Promise<void> {
    this.socket.cork();
    let flushed = true;
    chunks.forEach((chunk) => (flushed = this.socket.write(chunk)));
    this.socket.uncork();
    if (flushed) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        this.socket.off('drain', done);
        this.socket.off('close', done);
        resolve();
      };
      this.socket.once('drain', done);
      this.socket.once('close', done);
    });
  }

  private rejectClient(error: unknown): void {
    const expected = error instanceof InvalidFrameSizeError || error instanceof MalformedRequestError;
    const level = expected ? 'warn' : 'error';
    this.logger[level]({ clientHost: this.clientHost, err: error }, 'closing connection after a bad request');
    this.close(expected ? 'bad request' : 'request handler failed');
  }
}
