import { ApiKey } from '../protocol/api-keys';
import { ResponseWriter } from '../protocol/response-writer';
import { type ApiHandler, writeThrottleTime } from './api-handler';

/** DeleteTopics v0-1 (v1 adds throttle_time_ms). Deletion is immediate: logs and files are removed. */
export const deleteTopicsHandler: ApiHandler = {
  apiKey: ApiKey.DeleteTopics,
  name: 'DeleteTopics',
  minVersion: 0,
  maxVersion: 1,
  handle(reader, request, broker) {
    const names = reader.array((item) => item.string());
    reader.int32();
    const results = names.map((name) => ({ name, errorCode: broker.topics.delete(name) }));
    const writer = new ResponseWriter();
    if (request.apiVersion >= 1) writeThrottleTime(writer);
    return writer.array(results, (result) => writer.string(result.name).int16(result.errorCode));
  },
};
