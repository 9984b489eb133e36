import { ErrorCode } from '../errors';
import type { PartitionLog } from '../log/partition-log';
import { isValidTopicName, type Topic } from '../log/topic-registry';
import type { BrokerContext } from './api-handler';

export type TopicLookup =
  { errorCode: typeof ErrorCode.NONE; topic: Topic } | { errorCode: ErrorCode; topic?: undefined };

/** Finds a topic, creating it with the default partition count when auto-creation is allowed. */
export function lookupTopic(broker: BrokerContext, name: string, allowAutoCreate: boolean): TopicLookup {
  if (!isValidTopicName(name)) return { errorCode: ErrorCode.INVALID_TOPIC_EXCEPTION };
  const existing = broker.topics.get(name);
  if (existing) return { errorCode: ErrorCode.NONE, topic: existing };
  if (!allowAutoCreate || !broker.config.autoCreateTopics) return { errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION };
  const errorCode = broker.topics.create(name, broker.config.defaultPartitions);
  const created = broker.topics.get(name);
  return created ? { errorCode: ErrorCode.NONE, topic: created } : { errorCode };
}

export function lookupPartition(broker: BrokerContext, topic: string, partition: number): PartitionLog | undefined {
  return broker.topics.get(topic)?.partitions[partition];
}
