import { ApiKey } from '../protocol/api-keys';
import { ResponseWriter } from '../protocol/response-writer';
import { type ApiHandler, groupByTopic, writeThrottleTime } from './api-handler';

/** OffsetCommit v2-3 (v3 adds throttle_time_ms). retention_time is ignored: offsets never expire. */
export const offsetCommitHandler: ApiHandler = {
  apiKey: ApiKey.OffsetCommit,
  name: 'OffsetCommit',
  minVersion: 2,
  maxVersion: 3,
  handle(reader, request, broker) {
    const groupId = reader.string();
    const generationId = reader.int32();
    const memberId = reader.string();
    reader.int64();
    const entries = reader
      .array((topicReader) => {
        const topic = topicReader.string();
        return topicReader.array((item) => ({
          topic,
          partition: item.int32(),
          offset: item.int64(),
          metadata: item.nullableString(),
        }));
      })
      .flat();
    const errorCode = broker.groups.commitOffsets(groupId, memberId, generationId, entries);
    const writer = new ResponseWriter();
    if (request.apiVersion >= 3) writeThrottleTime(writer);
    return writer.array(groupByTopic(entries), ({ topic, partitions }) => {
      writer.string(topic).array(partitions, (entry) => writer.int32(entry.partition).int16(errorCode));
    });
  },
};
