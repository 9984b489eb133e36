import { ErrorCode } from '../errors';
import { ApiKey } from '../protocol/api-keys';
import type { ProtocolReader } from '../protocol/protocol-reader';
import { ResponseWriter } from '../protocol/response-writer';
import {
  type ApiHandler,
  type BrokerContext,
  groupByTopic,
  type RequestContext,
  writeThrottleTime,
} from './api-handler';
import { lookupPartition } from './topic-lookup';

interface FetchRequest {
  maxWaitMs: number;
  minBytes: number;
  maxBytes: number;
  partitions: PartitionFetch[];
}

interface PartitionFetch {
  topic: string;
  partition: number;
  fetchOffset: number;
  maxBytes: number;
}

interface PartitionData {
  topic: string;
  partition: number;
  errorCode: ErrorCode;
  highWatermark: number;
  batches: Buffer[];
  byteCount: number;
}

/**
 * Fetch v4 (RecordBatch v2, isolation level). Long-polls until min_bytes are available or
 * max_wait_ms passes; appends wake the poll early. A closed connection ends the poll silently.
 */
export const fetchHandler: ApiHandler = {
  apiKey: ApiKey.Fetch,
  name: 'Fetch',
  minVersion: 4,
  maxVersion: 4,
  async handle(reader, request, broker) {
    const fetch = readRequest(reader);
    const data = await longPoll(fetch, request, broker);
    return data ? writeResponse(data) : null;
  },
};

function readRequest(reader: ProtocolReader): FetchRequest {
  reader.int32();
  const maxWaitMs = reader.int32();
  const minBytes = reader.int32();
  const maxBytes = reader.int32();
  reader.int8();
  const partitions = reader
    .array((topicReader) => {
      const topic = topicReader.string();
      return topicReader.array((item) => ({
        topic,
        partition: item.int32(),
        fetchOffset: item.int64(),
        maxBytes: item.int32(),
      }));
    })
    .flat();
  return { maxWaitMs, minBytes, maxBytes, partitions };
}

async function longPoll(
  fetch: FetchRequest,
  request: RequestContext,
  broker: BrokerContext,
): Promise<PartitionData[] | null> {
  const deadline = Date.now() + fetch.maxWaitMs;
  let data = collect(fetch, broker);
  while (!isSatisfied(data, fetch.minBytes)) {
    const remainingMs = deadline - Date.now();
    if (remainingMs <= 0) break;
    const outcome = await broker.notifier.waitForData(fetch.partitions, remainingMs, request.signal);
    if (outcome === 'aborted') return null;
    data = collect(fetch, broker);
  }
  return data;
}

function isSatisfied(data: PartitionData[], minBytes: number): boolean {
  const byteCount = data.reduce((total, partition) => total + partition.byteCount, 0);
  return byteCount >= minBytes || data.some((partition) => partition.errorCode !== ErrorCode.NONE);
}

/** Response-level max_bytes is soft for the first batch found (KIP-74), so oversized batches still flow. */
function collect(fetch: FetchRequest, broker: BrokerContext): PartitionData[] {
  let remainingBytes = fetch.maxBytes;
  return fetch.partitions.map(({ topic, partition, fetchOffset, maxBytes }) => {
    const log = lookupPartition(broker, topic, partition);
    if (!log) return emptyData(topic, partition, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, -1);
    const isFirstData = remainingBytes === fetch.maxBytes;
    const result = log.read(fetchOffset, Math.min(maxBytes, remainingBytes), isFirstData);
    if (result.errorCode !== ErrorCode.NONE) return emptyData(topic, partition, result.errorCode, log.highWatermark);
    remainingBytes = Math.max(0, remainingBytes - result.byteCount);
    return {
      topic,
      partition,
      errorCode: ErrorCode.NONE,
      highWatermark: log.highWatermark,
      batches: result.batches,
      byteCount: result.byteCount,
    };
  });
}

function emptyData(topic: string, partition: number, errorCode: ErrorCode, highWatermark: number): PartitionData {
  return { topic, partition, errorCode, highWatermark, batches: [], byteCount: 0 };
}

function writeResponse(data: PartitionData[]): ResponseWriter {
  const writer = writeThrottleTime(new ResponseWriter());
  return writer.array(groupByTopic(data), ({ topic, partitions }) => {
    writer.string(topic).array(partitions, (partition) => {
      // last_stable_offset equals the high watermark: there are no open transactions.
      writer
        .int32(partition.partition)
        .int16(partition.errorCode)
        .int64(partition.highWatermark)
        .int64(partition.highWatermark);
      writer.array([], () => undefined);
      writer.int32(partition.byteCount).raw(partition.batches);
    });
  });
}
