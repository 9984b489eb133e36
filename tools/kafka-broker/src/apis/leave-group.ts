import { ApiKey } from '../protocol/api-keys';
import { ResponseWriter } from '../protocol/response-writer';
import { type ApiHandler, writeThrottleTime } from './api-handler';

/** LeaveGroup v0-1: the member is removed at once and the remaining members rebalance. */
export const leaveGroupHandler: ApiHandler = {
  apiKey: ApiKey.LeaveGroup,
  name: 'LeaveGroup',
  minVersion: 0,
  maxVersion: 1,
  handle(reader, request, broker) {
    const groupId = reader.string();
    const memberId = reader.string();
    const writer = new ResponseWriter();
    if (request.apiVersion >= 1) writeThrottleTime(writer);
    return writer.int16(broker.groups.leave(groupId, memberId));
  },
};
