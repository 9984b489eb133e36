import { ApiKey } from '../protocol/api-keys';
import { ResponseWriter } from '../protocol/response-writer';
import { type ApiHandler, writeThrottleTime } from './api-handler';

/** SyncGroup v0-1 (v1 adds throttle_time_ms). Followers wait here until the leader's assignment arrives. */
export const syncGroupHandler: ApiHandler = {
  apiKey: ApiKey.SyncGroup,
  name: 'SyncGroup',
  minVersion: 0,
  maxVersion: 1,
  async handle(reader, request, broker) {
    const groupId = reader.string();
    const generationId = reader.int32();
    const memberId = reader.string();
    const assignments = new Map(reader.array((item) => [item.string(), item.bytes() ?? Buffer.alloc(0)] as const));
    const result = await broker.groups.sync(groupId, memberId, generationId, assignments);
    const writer = new ResponseWriter();
    if (request.apiVersion >= 1) writeThrottleTime(writer);
    return writer.int16(result.errorCode).bytes(result.assignment);
  },
};
