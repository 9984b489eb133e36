import { ApiKey } from '../protocol/api-keys';
import { ResponseWriter } from '../protocol/response-writer';
import { type ApiHandler, writeThrottleTime } from './api-handler';

/** Heartbeat v0-1. REBALANCE_IN_PROGRESS here is how members learn they must rejoin. */
export const heartbeatHandler: ApiHandler = {
  apiKey: ApiKey.Heartbeat,
  name: 'Heartbeat',
  minVersion: 0,
  maxVersion: 1,
  handle(reader, request, broker) {
    const groupId = reader.string();
    const generationId = reader.int32();
    const memberId = reader.string();
    const writer = new ResponseWriter();
    if (request.apiVersion >= 1) writeThrottleTime(writer);
    return writer.int16(broker.groups.heartbeat(groupId, memberId, generationId));
  },
};
