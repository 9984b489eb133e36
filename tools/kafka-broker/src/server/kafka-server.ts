import * as net from 'node:net';
import type { Logger } from 'pino';
import { ClientConnection } from './client-connection';
import type { RequestDispatcher } from './request-dispatcher';

/** The TCP listener; tracks every connection so stop() can tear them all down. */
export class KafkaServer {
  private readonly connections = new Set<ClientConnection>();

  private constructor(private readonly server: net.Server) {}

  static listen(
    host: string,
    port: number,
    dispatcher: RequestDispatcher,
    options: { maxFrameBytes: number; logger: Logger; onListening: (port: number) => void },
  ): Promise<KafkaServer> {
    return new Promise((resolve, reject) => {
      const server = net.createServer();
      const kafkaServer = new KafkaServer(server);
      server.on('connection', (socket) => {
        const connection = new ClientConnection(socket, dispatcher, options.maxFrameBytes, options.logger, (closed) =>
          kafkaServer.connections.delete(closed),
        );
        kafkaServer.connections.add(connection);
      });
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        server.on('error', (error) => options.logger.error({ err: error }, 'server error'));
        // The advertised port must be known before the first request can ask for Metadata.
        options.onListening((server.address() as net.AddressInfo).port);
        resolve(kafkaServer);
      });
    });
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    [...this.connections].forEach((connection) => connection.close('broker stopping'));
    await closed;
  }
}
