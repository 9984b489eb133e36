import { ErrorCode } from '../errors';
import { ApiKey } from '../protocol/api-keys';
import { ResponseWriter } from '../protocol/response-writer';
import { type ApiHandler, writeThrottleTime } from './api-handler';

/** ListGroups v0-1: groups with live members or committed offsets. */
export const listGroupsHandler: ApiHandler = {
  apiKey: ApiKey.ListGroups,
  name: 'ListGroups',
  minVersion: 0,
  maxVersion: 1,
  handle(_reader, request, broker) {
    const writer = new ResponseWriter();
    if (request.apiVersion >= 1) writeThrottleTime(writer);
    writer.int16(ErrorCode.NONE);
    return writer.array(broker.groups.list(), (group) => writer.string(group.groupId).string(group.protocolType));
  },
};
