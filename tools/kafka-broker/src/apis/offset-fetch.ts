import { ErrorCode } from '../errors';
import { ApiKey } from '../protocol/api-keys';
import { ResponseWriter } from '../protocol/response-writer';
import { type ApiHandler, type BrokerContext, groupByTopic, writeThrottleTime } from './api-handler';

/** Offset reported for partitions without a committed offset. */
const NO_OFFSET = -1;

interface PartitionRef {
  topic: string;
  partition: number;
}

/**
 * OffsetFetch v1-3 (v2 adds a top-level error and null topics = "all committed", v3 throttle_time_ms).
 */
export const offsetFetchHandler: ApiHandler = {
  apiKey: ApiKey.OffsetFetch,
  name: 'OffsetFetch',
  minVersion: 1,
  maxVersion: 3,
  handle(reader, request, broker) {
    const groupId = reader.string();
    const requested = reader.nullableArray((topicReader) => {
      const topic = topicReader.string();
      return topicReader.array((item): PartitionRef => ({ topic, partition: item.int32() }));
    });
    const partitions = requested ? requested.flat() : broker.groups.committedOffsets(groupId);
    const writer = new ResponseWriter();
    if (request.apiVersion >= 3) writeThrottleTime(writer);
    writer.array(groupByTopic(partitions), ({ topic, partitions: refs }) => {
      writer.string(topic).array(refs, (ref) => writeCommitted(writer, broker, groupId, ref));
    });
    return request.apiVersion >= 2 ? writer.int16(ErrorCode.NONE) : writer;
  },
};

function writeCommitted(writer: ResponseWriter, broker: BrokerContext, groupId: string, ref: PartitionRef): void {
  const committed = broker.groups.committedOffset(groupId, ref.topic, ref.partition);
  writer
    .int32(ref.partition)
    .int64(committed?.offset ?? NO_OFFSET)
    .string(committed?.metadata ?? '')
    .int16(ErrorCode.NONE);
}
