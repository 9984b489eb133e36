import { ErrorCode, InvalidRecordBatchError } from '../errors';
import { ApiKey } from '../protocol/api-keys';
import type { ProtocolReader } from '../protocol/protocol-reader';
import {
  completeBatchLength,
  CompressionCodec,
  compressionCodecOf,
  magicOf,
  SUPPORTED_MAGIC,
} from '../protocol/record-batch';
import { ResponseWriter } from '../protocol/response-writer';
import { type ApiHandler, type BrokerContext, groupByTopic, writeThrottleTime } from './api-handler';
import { lookupTopic } from './topic-lookup';

const VALID_ACKS = new Set([-1, 0, 1]);
/** Kafka accepts zstd batches only from Produce v7 on, the version that introduced them. */
const FIRST_ZSTD_PRODUCE_VERSION = 7;

interface PartitionRecords {
  topic: string;
  partition: number;
  records: Buffer | null;
}

interface PartitionOutcome {
  topic: string;
  partition: number;
  errorCode: ErrorCode;
  baseOffset: number;
}

/**
 * Produce v3, the first version carrying RecordBatch v2. On a single node acks=1 and acks=-1 are the
 * same thing; with acks=0 Kafka sends no response at all, and neither do we.
 */
export const produceHandler: ApiHandler = {
  apiKey: ApiKey.Produce,
  name: 'Produce',
  minVersion: 3,
  maxVersion: 3,
  handle(reader, request, broker) {
    reader.nullableString();
    const acks = reader.int16();
    reader.int32();
    const partitions = readTopicData(reader);
    const outcomes = partitions.map((data) =>
      VALID_ACKS.has(acks)
        ? appendPartition(broker, data, request.apiVersion)
        : { ...data, errorCode: ErrorCode.INVALID_REQUIRED_ACKS, baseOffset: -1 },
    );
    return acks === 0 ? null : writeResponse(outcomes);
  },
};

function readTopicData(reader: ProtocolReader): PartitionRecords[] {
  return reader
    .array((topicReader) => {
      const topic = topicReader.string();
      return topicReader.array((partitionReader) => ({
        topic,
        partition: partitionReader.int32(),
        records: partitionReader.bytes(),
      }));
    })
    .flat();
}

function appendPartition(broker: BrokerContext, data: PartitionRecords, apiVersion: number): PartitionOutcome {
  const lookup = lookupTopic(broker, data.topic, true);
  const log = lookup.topic?.partitions[data.partition];
  if (!log) {
    const errorCode = lookup.errorCode === ErrorCode.NONE ? ErrorCode.UNKNOWN_TOPIC_OR_PARTITION : lookup.errorCode;
    return { ...data, errorCode, baseOffset: -1 };
  }
  const { records } = data;
  const refusal = records ? checkProducedRecords(records, apiVersion) : ErrorCode.INVALID_RECORD;
  if (!records || refusal !== ErrorCode.NONE) return { ...data, errorCode: refusal, baseOffset: -1 };
  return { ...data, ...log.appendRecords(records) };
}

/** Kafka's rules for the records of one partition in Produce v3+: exactly one RecordBatch v2, no zstd before v7. */
function checkProducedRecords(records: Buffer, apiVersion: number): ErrorCode {
  if (records.length === 0) return ErrorCode.INVALID_RECORD;
  let firstBatchBytes: number | null;
  try {
    firstBatchBytes = completeBatchLength(records, 0);
  } catch (error: unknown) {
    if (error instanceof InvalidRecordBatchError) return error.errorCode;
    throw error;
  }
  if (firstBatchBytes === null) return ErrorCode.CORRUPT_MESSAGE;
  if (magicOf(records) !== SUPPORTED_MAGIC || firstBatchBytes !== records.length) return ErrorCode.INVALID_RECORD;
  const isZstd = compressionCodecOf(records) === CompressionCodec.ZSTD;
  return isZstd && apiVersion < FIRST_ZSTD_PRODUCE_VERSION ? ErrorCode.UNSUPPORTED_COMPRESSION_TYPE : ErrorCode.NONE;
}

function writeResponse(outcomes: PartitionOutcome[]): ResponseWriter {
  const writer = new ResponseWriter();
  writer.array(groupByTopic(outcomes), ({ topic, partitions }) => {
    writer.string(topic).array(partitions, (outcome) => {
      // log_append_time -1: timestamps are the producer's CreateTime.
      writer.int32(outcome.partition).int16(outcome.errorCode).int64(outcome.baseOffset).int64(-1);
    });
  });
  return writeThrottleTime(writer);
}
