import { ErrorCode } from '../errors';
import type { ConsumerGroup } from '../groups/consumer-group';
import { ApiKey } from '../protocol/api-keys';
import { ResponseWriter } from '../protocol/response-writer';
import { type ApiHandler, writeThrottleTime } from './api-handler';

/** DescribeGroups v0-1. Unknown groups are reported as Dead with no members, as Kafka does. */
export const describeGroupsHandler: ApiHandler = {
  apiKey: ApiKey.DescribeGroups,
  name: 'DescribeGroups',
  minVersion: 0,
  maxVersion: 1,
  handle(reader, request, broker) {
    const groupIds = reader.array((item) => item.string());
    const writer = new ResponseWriter();
    if (request.apiVersion >= 1) writeThrottleTime(writer);
    return writer.array(groupIds, (groupId) => writeGroup(writer, groupId, broker.groups.describe(groupId)));
  },
};

function writeGroup(writer: ResponseWriter, groupId: string, group: ConsumerGroup | undefined): void {
  writer
    .int16(ErrorCode.NONE)
    .string(groupId)
    .string(group?.state ?? 'Dead');
  writer.string(group?.protocolType ?? '').string(group?.protocolName ?? '');
  const members = group ? [...group.members.values()] : [];
  writer.array(members, (member) => {
    writer.string(member.memberId).string(member.clientId).string(member.clientHost);
    writer.bytes(member.metadataFor(group?.protocolName ?? null)).bytes(member.assignment);
  });
}
