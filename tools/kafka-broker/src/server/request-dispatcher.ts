import type { ApiRegistry } from '../apis/api-registry';
import type { BrokerContext } from '../apis/api-handler';
import { writeApiVersions } from '../apis/api-versions';
import { ErrorCode } from '../errors';
import { ApiKey } from '../protocol/api-keys';
import { ProtocolReader } from '../protocol/protocol-reader';
import { frameResponse, readRequestHeader, type RequestHeader } from '../protocol/request-header';
import { ResponseWriter } from '../protocol/response-writer';

export interface ConnectionInfo {
  clientHost: string;
  signal: AbortSignal;
}

/**
 * Decodes one request frame, runs its handler and frames the response. Decoding failures throw
 * (MalformedRequestError) so the connection can be closed; unsupported APIs get an error response.
 */
export class RequestDispatcher {
  constructor(
    private readonly registry: ApiRegistry,
    private readonly broker: BrokerContext,
  ) {}

  async dispatch(frame: Buffer, connection: ConnectionInfo): Promise<Buffer[] | null> {
    const reader = new ProtocolReader(frame);
    const header = readRequestHeader(reader);
    const handler = this.registry.find(header.apiKey, header.apiVersion);
    if (!handler) return frameResponse(header.correlationId, this.unsupported(header).toChunks());
    const body = await handler.handle(
      reader,
      {
        apiVersion: header.apiVersion,
        clientId: header.clientId ?? '',
        clientHost: connection.clientHost,
        signal: connection.signal,
      },
      this.broker,
    );
    return body ? frameResponse(header.correlationId, body.toChunks()) : null;
  }

  /**
   * ApiVersions answers in its v0 layout with the supported list so clients can negotiate down (as
   * Kafka does). For other APIs we cannot know the layout of a version we do not implement, so the body
   * is just the error code UNSUPPORTED_VERSION, which is where most Kafka responses start anyway.
   */
  private unsupported(header: RequestHeader): ResponseWriter {
    this.broker.logger.warn(
      { apiKey: header.apiKey, apiVersion: header.apiVersion, clientId: header.clientId },
      'unsupported API version',
    );
    if (header.apiKey === ApiKey.ApiVersions) {
      return writeApiVersions(ErrorCode.UNSUPPORTED_VERSION, 0, this.registry.supportedVersions());
    }
    return new ResponseWriter().int16(ErrorCode.UNSUPPORTED_VERSION);
  }
}
