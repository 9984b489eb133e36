import { ProtocolReader } from './protocol-reader';

/** Request header v1 (kafkajs never uses the flexible v2 header). */
export interface RequestHeader {
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  clientId: string | null;
}

export function readRequestHeader(reader: ProtocolReader): RequestHeader {
  return {
    apiKey: reader.int16(),
    apiVersion: reader.int16(),
    correlationId: reader.int32(),
    clientId: reader.nullableString(),
  };
}

/** Size prefix + correlation id followed by the body chunks. */
export function frameResponse(correlationId: number, body: readonly Buffer[]): Buffer[] {
  const bodyBytes = body.reduce((total, chunk) => total + chunk.length, 0);
  const prefix = Buffer.alloc(8);
  prefix.writeInt32BE(bodyBytes + 4, 0);
  prefix.writeInt32BE(correlationId, 4);
  return [prefix, ...body];
}
