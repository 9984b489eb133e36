import { ApiKey } from '../protocol/api-keys';
import { ResponseWriter } from '../protocol/response-writer';
import { type ApiHandler, writeThrottleTime } from './api-handler';

/**
 * JoinGroup v0-2 (v1 adds rebalance_timeout, v2 throttle_time_ms). The response is held until the
 * group's rebalance completes; only the leader receives the members and their subscriptions.
 */
export const joinGroupHandler: ApiHandler = {
  apiKey: ApiKey.JoinGroup,
  name: 'JoinGroup',
  minVersion: 0,
  maxVersion: 2,
  async handle(reader, request, broker) {
    const groupId = reader.string();
    const sessionTimeoutMs = reader.int32();
    // v0 has no rebalance timeout; Kafka then uses the session timeout for both.
    const rebalanceTimeoutMs = request.apiVersion >= 1 ? reader.int32() : sessionTimeoutMs;
    const memberId = reader.string();
    const protocolType = reader.string();
    const protocols = reader.array((item) => ({ name: item.string(), metadata: item.bytes() ?? Buffer.alloc(0) }));
    const result = await broker.groups.join(groupId, {
      memberId,
      clientId: request.clientId,
      clientHost: request.clientHost,
      sessionTimeoutMs,
      rebalanceTimeoutMs,
      protocolType,
      protocols,
    });
    const writer = new ResponseWriter();
    if (request.apiVersion >= 2) writeThrottleTime(writer);
    writer
      .int16(result.errorCode)
      .int32(result.generationId)
      .string(result.protocolName)
      .string(result.leaderId)
      .string(result.memberId);
    return writer.array(result.members, (member) => writer.string(member.memberId).bytes(member.metadata));
  },
};
