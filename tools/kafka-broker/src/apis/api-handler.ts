import type { Logger } from 'pino';
import type { BrokerConfig } from '../config';
import type { GroupCoordinator } from '../groups/group-coordinator';
import type { DataArrivalNotifier } from '../log/data-arrival';
import type { ProducerIdAllocator } from '../log/producer-ids';
import type { TopicRegistry } from '../log/topic-registry';
import type { ProtocolReader } from '../protocol/protocol-reader';
import type { ResponseWriter } from '../protocol/response-writer';

export interface BrokerNode {
  nodeId: number;
  host: string;
  port: number;
}

/** Everything the API handlers share; one instance per running broker. */
export interface BrokerContext {
  node: BrokerNode;
  clusterId: string;
  topics: TopicRegistry;
  groups: GroupCoordinator;
  notifier: DataArrivalNotifier;
  producerIds: ProducerIdAllocator;
  config: BrokerConfig;
  logger: Logger;
}

export interface RequestContext {
  apiVersion: number;
  clientId: string;
  clientHost: string;
  /** Aborted when the client connection closes, so long-running handlers can give up. */
  signal: AbortSignal;
}

/** Response body, or null when the protocol says no response is sent (produce with acks=0). */
export type HandlerResult = ResponseWriter | null;

export interface ApiHandler {
  apiKey: number;
  name: string;
  minVersion: number;
  maxVersion: number;
  handle(
    reader: ProtocolReader,
    request: RequestContext,
    broker: BrokerContext,
  ): HandlerResult | Promise<HandlerResult>;
}

/** throttle_time_ms is always 0: this broker never applies quotas. */
export function writeThrottleTime(writer: ResponseWriter): ResponseWriter {
  return writer.int32(0);
}

/** Groups flat per-partition results back under their topic, preserving request order. */
export function groupByTopic<T extends { topic: string }>(
  items: readonly T[],
): Array<{ topic: string; partitions: T[] }> {
  const grouped = new Map<string, T[]>();
  items.forEach((item) => grouped.set(item.topic, [...(grouped.get(item.topic) ?? []), item]));
  return [...grouped].map(([topic, partitions]) => ({ topic, partitions }));
}
