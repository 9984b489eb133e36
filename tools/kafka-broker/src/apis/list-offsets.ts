import { ErrorCode, InvalidRecordBatchError } from '../errors';
import { ApiKey } from '../protocol/api-keys';
import { ResponseWriter } from '../protocol/response-writer';
import { type ApiHandler, type BrokerContext, groupByTopic, writeThrottleTime } from './api-handler';
import { lookupPartition } from './topic-lookup';

/** Special timestamps of the ListOffsets protocol. */
const LATEST_TIMESTAMP = -1;
const EARLIEST_TIMESTAMP = -2;
/** What Kafka answers when no record is at or after the timestamp asked (and the timestamp of earliest/latest). */
const UNKNOWN = -1;

interface OffsetQuery {
  topic: string;
  partition: number;
  timestamp: number;
}

interface OffsetAnswer {
  errorCode: ErrorCode;
  timestamp: number;
  offset: number;
}

/** ListOffsets v1-2 (v2 adds isolation_level and throttle_time_ms). */
export const listOffsetsHandler: ApiHandler = {
  apiKey: ApiKey.ListOffsets,
  name: 'ListOffsets',
  minVersion: 1,
  maxVersion: 2,
  async handle(reader, request, broker) {
    reader.int32();
    if (request.apiVersion >= 2) reader.int8();
    const queries = reader
      .array((topicReader) => {
        const topic = topicReader.string();
        return topicReader.array((item): OffsetQuery => ({ topic, partition: item.int32(), timestamp: item.int64() }));
      })
      .flat();
    const results = [];
    for (const query of queries) results.push({ ...query, ...(await resolveOffset(broker, query)) });
    const writer = new ResponseWriter();
    if (request.apiVersion >= 2) writeThrottleTime(writer);
    return writer.array(groupByTopic(results), ({ topic, partitions }) => {
      writer.string(topic).array(partitions, (result) => {
        writer.int32(result.partition).int16(result.errorCode).int64(result.timestamp).int64(result.offset);
      });
    });
  },
};

async function resolveOffset(broker: BrokerContext, query: OffsetQuery): Promise<OffsetAnswer> {
  const log = lookupPartition(broker, query.topic, query.partition);
  if (!log) return answer(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, UNKNOWN);
  if (query.timestamp === LATEST_TIMESTAMP) return answer(ErrorCode.NONE, log.highWatermark);
  if (query.timestamp === EARLIEST_TIMESTAMP) return answer(ErrorCode.NONE, log.logStartOffset);
  try {
    const found = await log.offsetForTimestamp(query.timestamp);
    return found ? { errorCode: ErrorCode.NONE, ...found } : answer(ErrorCode.NONE, UNKNOWN);
  } catch (error: unknown) {
    if (error instanceof InvalidRecordBatchError) return answer(error.errorCode, UNKNOWN);
    throw error;
  }
}

function answer(errorCode: ErrorCode, offset: number): OffsetAnswer {
  return { errorCode, timestamp: UNKNOWN, offset };
}
