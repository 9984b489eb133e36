import Decoder = require('kafkajs/src/protocol/decoder');
import decodeRecordBatch = require('kafkajs/src/protocol/recordBatch/v0/decoder');
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ErrorCode, InvalidRecordBatchError } from '../errors';
import type { StoredBatch } from './log-segment';

export interface TimestampedOffset {
  offset: number;
  timestamp: number;
}

/**
 * ListOffsets by time, as Kafka answers it: the first record, in offset order, whose timestamp is >= the
 * one asked. Batches are only decoded here, never on produce: the first lookup decodes the batches it
 * passes and remembers each one's largest record timestamp, so later lookups skip them without decoding.
 */
export async function firstRecordAtOrAfter(
  batches: readonly StoredBatch[],
  timestamp: number,
): Promise<TimestampedOffset | null> {
  for (const batch of batches) {
    if ((await maxRecordTimestamp(batch)) < timestamp) continue;
    const records = await decodeRecords(batch.bytes);
    return records.find((record) => record.timestamp >= timestamp) ?? null;
  }
  return null;
}

/**
 * Producers' header maxTimestamp cannot be trusted (kafkajs writes the last record's), so the largest
 * timestamp comes from the records. Yields to the event loop after each decode so that a first lookup
 * over a long log never stalls other clients.
 */
async function maxRecordTimestamp(batch: StoredBatch): Promise<number> {
  if (batch.maxRecordTimestamp !== null) return batch.maxRecordTimestamp;
  const records = await decodeRecords(batch.bytes);
  batch.maxRecordTimestamp = records.reduce((largest, record) => Math.max(largest, record.timestamp), -Infinity);
  await nextTurn();
  return batch.maxRecordTimestamp;
}

/** Decompresses with kafkajs's codecs: gzip always, snappy/lz4/zstd only if the process registered one. */
async function decodeRecords(bytes: Buffer): Promise<TimestampedOffset[]> {
  try {
    const { records } = await decodeRecordBatch(new Decoder(bytes));
    return records.map((record) => ({ offset: Number(record.offset), timestamp: Number(record.timestamp) }));
  } catch (error: unknown) {
    if ((error as Error).name !== 'KafkaJSNotImplemented') throw error;
    throw new InvalidRecordBatchError(ErrorCode.UNSUPPORTED_COMPRESSION_TYPE, (error as Error).message);
  }
}
