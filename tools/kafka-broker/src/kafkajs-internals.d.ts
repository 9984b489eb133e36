/** Types for the untyped kafkajs protocol primitives this broker reuses. */
declare module 'kafkajs/src/protocol/encoder' {
  class Encoder {
    constructor(initialSize?: number);
    readonly buffer: Buffer;
    writeInt8(value: number): this;
    writeInt16(value: number): this;
    writeInt32(value: number): this;
    writeInt64(value: number | string): this;
    writeBoolean(value: boolean): this;
    writeString(value: string | null): this;
    writeBytes(value: Buffer | null): this;
    writeBuffer(value: Buffer): this;
    size(): number;
  }
  export = Encoder;
}

declare module 'kafkajs/src/protocol/decoder' {
  class Decoder {
    constructor(buffer: Buffer);
    offset: number;
    canReadBytes(length: number): boolean;
    readInt8(): number;
    readInt16(): number;
    readInt32(): number;
    readInt64(): bigint;
    readBoolean(): boolean;
    readString(): string | null;
    readBytes(byteLength?: number): Buffer | null;
  }
  export = Decoder;
}

declare module 'kafkajs/src/protocol/recordBatch/crc32C' {
  function crc32C(buffer: Buffer): number;
  export = crc32C;
}

declare module 'kafkajs/src/protocol/request' {
  function encodeRequest(options: {
    correlationId: number;
    clientId: string;
    request: { apiKey: number; apiVersion: number; encode(): Promise<{ buffer: Buffer }> };
  }): Promise<{ buffer: Buffer }>;
  export = encodeRequest;
}

declare module 'kafkajs/src/protocol/requests/produce/v3/request' {
  interface ProduceMessage {
    key?: string | Buffer | null;
    value: string | Buffer | null;
    timestamp?: number;
  }
  function produceV3Request(options: {
    transactionalId?: string | null;
    acks: number;
    timeout: number;
    producerId?: number;
    producerEpoch?: number;
    topicData: Array<{
      topic: string;
      partitions: Array<{ partition: number; firstSequence?: number; messages: ProduceMessage[] }>;
    }>;
  }): { apiKey: number; apiVersion: number; encode(): Promise<{ buffer: Buffer }> };
  export = produceV3Request;
}

declare module 'kafkajs/src/protocol/requests/produce/v3/response' {
  export function decode(body: Buffer): Promise<{
    topics: Array<{
      topicName: string;
      partitions: Array<{ partition: number; errorCode: number; baseOffset: string }>;
    }>;
  }>;
}

declare module 'kafkajs/src/protocol/requests/initProducerId/v0/response' {
  export function decode(body: Buffer): Promise<{ errorCode: number; producerId: string; producerEpoch: number }>;
}

declare module 'kafkajs/src/protocol/recordBatch/record/v0' {
  function Record(options: {
    offsetDelta?: number;
    timestampDelta?: number;
    key?: string | null;
    value: string | null;
  }): unknown;
  export = Record;
}

declare module 'kafkajs/src/protocol/recordBatch/v0' {
  export function RecordBatch(options: {
    lastOffsetDelta?: number;
    producerId?: number;
    producerEpoch?: number;
    firstSequence?: number;
    records: unknown[];
  }): Promise<{ buffer: Buffer }>;
}

declare module 'kafkajs/src/protocol/recordBatch/v0/decoder' {
  import Decoder = require('kafkajs/src/protocol/decoder');
  function decodeRecordBatch(decoder: Decoder): Promise<{ records: Array<{ offset: string; timestamp: string }> }>;
  export = decodeRecordBatch;
}

declare module 'kafkajs/src/protocol/requests/listOffsets/v2/request' {
  function listOffsetsV2Request(options: {
    replicaId: number;
    isolationLevel: number;
    topics: Array<{ topic: string; partitions: Array<{ partition: number; timestamp: number }> }>;
  }): { apiKey: number; apiVersion: number; encode(): Promise<{ buffer: Buffer }> };
  export = listOffsetsV2Request;
}

declare module 'kafkajs/src/protocol/requests/listOffsets/v2/response' {
  export function decode(body: Buffer): Promise<{
    responses: Array<{
      topic: string;
      partitions: Array<{ partition: number; errorCode: number; timestamp: string; offset: string }>;
    }>;
  }>;
}
