import { ErrorCode } from '../errors';
import { ApiKey } from '../protocol/api-keys';
import { ResponseWriter } from '../protocol/response-writer';
import { type ApiHandler, type BrokerContext, groupByTopic, writeThrottleTime } from './api-handler';
import { lookupPartition } from './topic-lookup';

/** Special timestamps of the ListOffsets protocol. */
const LATEST_TIMESTAMP = -1;
const EARLIEST_TIMESTAMP = -2;

interface OffsetQuery {
  topic: string;
  partition: number;
  timestamp: number;
}

/** ListOffsets v1-2 (v2 adds isolation_level and throttle_time_ms). */
export const listOffsetsHandler: ApiHandler = {
  apiKey: ApiKey.ListOffsets,
  name: 'ListOffsets',
  minVersion: 1,
  maxVersion: 2,
  handle(reader, request, broker) {
    reader.int32();
    if (request.apiVersion >= 2) reader.int8();
    const queries = reader
      .array((topicReader) => {
        const topic = topicReader.string();
        return topicReader.array((item): OffsetQuery => ({ topic, partition: item.int32(), timestamp: item.int64() }));
      })
      .flat();
    const results = queries.map((query) => ({ ...query, ...resolveOffset(broker, query) }));
    const writer = new ResponseWriter();
    if (request.apiVersion >= 2) writeThrottleTime(writer);
    return writer.array(groupByTopic(results), ({ topic, partitions }) => {
      writer.string(topic).array(partitions, (result) => {
        writer.int32(result.partition).int16(result.errorCode).int64(-1).int64(result.offset);
      });
    });
  },
};

function resolveOffset(broker: BrokerContext, query: OffsetQuery): { errorCode: ErrorCode; offset: number } {
  const log = lookupPartition(broker, query.topic, query.partition);
  if (!log) return { errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, offset: -1 };
  if (query.timestamp === LATEST_TIMESTAMP) return { errorCode: ErrorCode.NONE, offset: log.highWatermark };
  if (query.timestamp === EARLIEST_TIMESTAMP) return { errorCode: ErrorCode.NONE, offset: log.logStartOffset };
  return { errorCode: ErrorCode.NONE, offset: log.offsetForTimestamp(query.timestamp) };
}
