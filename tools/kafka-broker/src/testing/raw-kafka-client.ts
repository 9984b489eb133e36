import * as net from 'node:net';
import { once } from 'node:events';

/**
 * A bare TCP client for tests that must send exact bytes (raw produce requests, garbage, bad
 * versions). Responses are collected by correlation id.
 */
export class RawKafkaClient {
  private buffered = Buffer.alloc(0);
  private readonly responses = new Map<number, Buffer>();
  private readonly waiters = new Map<number, (body: Buffer) => void>();
  readonly arrivalOrder: number[] = [];
  closed = false;

  private constructor(readonly socket: net.Socket) {
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('close', () => (this.closed = true));
    socket.on('error', () => (this.closed = true));
  }

  static async connect(port: number, host = '127.0.0.1'): Promise<RawKafkaClient> {
    const socket = net.connect(port, host);
    await once(socket, 'connect');
    return new RawKafkaClient(socket);
  }

  send(frame: Buffer): void {
    this.socket.write(frame);
  }

  /** Frames a request with header v1: api key, version, correlation id, client id. */
  sendRequest(apiKey: number, apiVersion: number, correlationId: number, body: Buffer = Buffer.alloc(0)): void {
    const clientId = Buffer.from('raw-test');
    const header = Buffer.alloc(10);
    header.writeInt16BE(apiKey, 0);
    header.writeInt16BE(apiVersion, 2);
    header.writeInt32BE(correlationId, 4);
    header.writeInt16BE(clientId.length, 8);
    const payload = Buffer.concat([header, clientId, body]);
    const size = Buffer.alloc(4);
    size.writeInt32BE(payload.length);
    this.send(Buffer.concat([size, payload]));
  }

  /** The response body (after the correlation id) for a request. */
  response(correlationId: number): Promise<Buffer> {
    const ready = this.responses.get(correlationId);
    if (ready) return Promise.resolve(ready);
    return new Promise((resolve) => this.waiters.set(correlationId, resolve));
  }

  close(): void {
    this.socket.destroy();
  }

  private receive(chunk: Buffer): void {
    this.buffered = Buffer.concat([this.buffered, chunk]);
    while (this.buffered.length >= 4 && this.buffered.length >= 4 + this.buffered.readInt32BE(0)) {
      const size = this.buffered.readInt32BE(0);
      const correlationId = this.buffered.readInt32BE(4);
      const body = this.buffered.subarray(8, 4 + size);
      this.buffered = this.buffered.subarray(4 + size);
      this.arrivalOrder.push(correlationId);
      const waiter = this.waiters.get(correlationId);
      this.waiters.delete(correlationId);
      if (waiter) waiter(body);
      else this.responses.set(correlationId, body);
    }
  }
}
