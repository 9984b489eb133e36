import crc32C = require('kafkajs/src/protocol/recordBatch/crc32C');
import { ErrorCode, InvalidRecordBatchError } from '../errors';

/**
 * RecordBatch v2 ("magic 2") header layout. Only the header is ever parsed: records stay as the
 * producer encoded them (possibly compressed), and offsets are assigned by rewriting baseOffset,
 * which the CRC deliberately does not cover.
 */
const BASE_OFFSET_AT = 0;
const BATCH_LENGTH_AT = 8;
const MAGIC_AT = 16;
const CRC_AT = 17;
const ATTRIBUTES_AT = 21;
const LAST_OFFSET_DELTA_AT = 23;
const PRODUCER_ID_AT = 43;
const PRODUCER_EPOCH_AT = 51;
const BASE_SEQUENCE_AT = 53;
const RECORD_COUNT_AT = 57;
/** Bytes before batchLength starts counting (baseOffset + batchLength itself). */
const LOG_OVERHEAD = 12;
const RECORD_BATCH_HEADER_BYTES = 61;
export const SUPPORTED_MAGIC = 2;
const COMPRESSION_CODEC_MASK = 0x07;
const TRANSACTIONAL_FLAG = 0x10;
const CONTROL_FLAG = 0x20;

/** The codec ids of the attributes' lowest three bits; 5..7 are undefined. */
export const CompressionCodec = { NONE: 0, GZIP: 1, SNAPPY: 2, LZ4: 3, ZSTD: 4 } as const;

export interface RecordBatchHeader {
  lastOffsetDelta: number;
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
  recordCount: number;
  isTransactional: boolean;
  isControl: boolean;
}

export function magicOf(batch: Buffer): number {
  return batch.readInt8(MAGIC_AT);
}

export function compressionCodecOf(batch: Buffer): number {
  return batch.readInt16BE(ATTRIBUTES_AT) & COMPRESSION_CODEC_MASK;
}

export function readBatchHeader(batch: Buffer): RecordBatchHeader {
  const attributes = batch.readInt16BE(ATTRIBUTES_AT);
  return {
    lastOffsetDelta: batch.readInt32BE(LAST_OFFSET_DELTA_AT),
    producerId: Number(batch.readBigInt64BE(PRODUCER_ID_AT)),
    producerEpoch: batch.readInt16BE(PRODUCER_EPOCH_AT),
    baseSequence: batch.readInt32BE(BASE_SEQUENCE_AT),
    recordCount: batch.readInt32BE(RECORD_COUNT_AT),
    isTransactional: (attributes & TRANSACTIONAL_FLAG) !== 0,
    isControl: (attributes & CONTROL_FLAG) !== 0,
  };
}

/** Byte length of the batch starting at `position`, or null when the buffer holds less than that. */
export function completeBatchLength(buffer: Buffer, position: number): number | null {
  if (buffer.length - position < LOG_OVERHEAD) return null;
  const total = LOG_OVERHEAD + buffer.readInt32BE(position + BATCH_LENGTH_AT);
  if (total < RECORD_BATCH_HEADER_BYTES) {
    throw new InvalidRecordBatchError(ErrorCode.CORRUPT_MESSAGE, `record batch length ${total} too small`);
  }
  return buffer.length - position >= total ? total : null;
}

/** Throws InvalidRecordBatchError unless the batch is a well-formed v2 batch with a valid CRC. */
export function validateBatch(batch: Buffer): RecordBatchHeader {
  const magic = magicOf(batch);
  if (magic !== SUPPORTED_MAGIC) {
    throw new InvalidRecordBatchError(ErrorCode.UNSUPPORTED_FOR_MESSAGE_FORMAT, `message format v${magic}`);
  }
  if (compressionCodecOf(batch) > CompressionCodec.ZSTD) {
    throw new InvalidRecordBatchError(
      ErrorCode.CORRUPT_MESSAGE,
      `unknown compression codec ${compressionCodecOf(batch)}`,
    );
  }
  if (crc32C(batch.subarray(ATTRIBUTES_AT)) !== batch.readUInt32BE(CRC_AT)) {
    throw new InvalidRecordBatchError(ErrorCode.CORRUPT_MESSAGE, 'record batch CRC mismatch');
  }
  const header = readBatchHeader(batch);
  if (header.lastOffsetDelta < 0 || header.recordCount !== header.lastOffsetDelta + 1) {
    throw new InvalidRecordBatchError(ErrorCode.CORRUPT_MESSAGE, 'record count does not match offsets');
  }
  return header;
}

/** Splits the RECORDS field of a produce request into individual batches; partial data is corrupt. */
export function splitRecordBatches(records: Buffer): Buffer[] {
  const batches: Buffer[] = [];
  let position = 0;
  while (position < records.length) {
    const length = completeBatchLength(records, position);
    if (length === null) throw new InvalidRecordBatchError(ErrorCode.CORRUPT_MESSAGE, 'truncated record batch');
    batches.push(records.subarray(position, position + length));
    position += length;
  }
  if (batches.length === 0) throw new InvalidRecordBatchError(ErrorCode.CORRUPT_MESSAGE, 'empty record set');
  return batches;
}

/** Copies the batch (detaching it from the request frame) with its offsets assigned. */
export function withBaseOffset(batch: Buffer, baseOffset: number): Buffer {
  const copy = Buffer.from(batch);
  copy.writeBigInt64BE(BigInt(baseOffset), BASE_OFFSET_AT);
  return copy;
}

export function batchBaseOffset(batch: Buffer): number {
  return Number(batch.readBigInt64BE(BASE_OFFSET_AT));
}
