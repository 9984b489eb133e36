import Encoder = require('kafkajs/src/protocol/encoder');

/** Fetch v4 body for one partition-0 read. */
export function fetchRequestBody(
  topic: string,
  fetchOffset: number,
  maxWaitMs: number,
  maxBytes = 1024 * 1024,
): Buffer {
  const encoder = new Encoder().writeInt32(-1).writeInt32(maxWaitMs).writeInt32(1).writeInt32(maxBytes).writeInt8(0);
  encoder.writeInt32(1).writeString(topic).writeInt32(1).writeInt32(0).writeInt64(fetchOffset).writeInt32(maxBytes);
  return encoder.buffer;
}

/** Error code of the single partition in a Fetch v4 response body. */
export function fetchResponseErrorCode(body: Buffer, topic: string): number {
  // throttle_time_ms, topic count, topic name, partition count, partition id
  const errorCodeAt = 4 + 4 + 2 + Buffer.byteLength(topic) + 4 + 4;
  return body.readInt16BE(errorCodeAt);
}

/** Metadata v4 body asking for (and auto-creating) one topic. */
export function metadataRequestBody(topic: string): Buffer {
  return new Encoder().writeInt32(1).writeString(topic).writeBoolean(true).buffer;
}

/** Produce v3 body (acks 1) carrying `records` as partition 0's RECORDS field, exactly as given. */
export function produceRequestBody(topic: string, records: Buffer): Buffer {
  const encoder = new Encoder().writeString(null).writeInt16(1).writeInt32(5_000);
  encoder.writeInt32(1).writeString(topic).writeInt32(1).writeInt32(0).writeBytes(records);
  return encoder.buffer;
}

/** Error code of the single partition in a Produce v3 response body. */
export function produceResponseErrorCode(body: Buffer, topic: string): number {
  // topic count, topic name, partition count, partition id
  const errorCodeAt = 4 + 2 + Buffer.byteLength(topic) + 4 + 4;
  return body.readInt16BE(errorCodeAt);
}
