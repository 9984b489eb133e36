import { ErrorCode } from '../errors';
import { ApiKey } from '../protocol/api-keys';
import type { ProtocolReader } from '../protocol/protocol-reader';
import { ResponseWriter } from '../protocol/response-writer';
import { isValidTopicName, type TopicConfig } from '../log/topic-registry';
import { type ApiHandler, type BrokerContext, writeThrottleTime } from './api-handler';

interface TopicRequest {
  name: string;
  partitionCount: number;
  replicationFactor: number;
  assignedPartitions: number;
  configs: ConfigEntry[];
}

interface ConfigEntry {
  name: string;
  value: string | null;
}

const MAX_MESSAGE_BYTES_CONFIG = 'max.message.bytes';
const INT32_MAX = 2 ** 31 - 1;

interface TopicOutcome {
  name: string;
  errorCode: ErrorCode;
  message: string | null;
}

/**
 * CreateTopics v0-2 (v1 adds validate_only and error messages, v2 throttle_time_ms). Of the topic configs
 * only max.message.bytes is honoured (and validated as Kafka does); others are accepted and ignored.
 */
export const createTopicsHandler: ApiHandler = {
  apiKey: ApiKey.CreateTopics,
  name: 'CreateTopics',
  minVersion: 0,
  maxVersion: 2,
  handle(reader, request, broker) {
    const topics = reader.array(readTopic);
    reader.int32();
    const validateOnly = request.apiVersion >= 1 ? reader.boolean() : false;
    const outcomes = topics.map((topic) =>
      topics.filter((other) => other.name === topic.name).length > 1
        ? outcome(topic.name, ErrorCode.INVALID_REQUEST, 'topic listed more than once')
        : createTopic(broker, topic, validateOnly),
    );
    const writer = new ResponseWriter();
    if (request.apiVersion >= 2) writeThrottleTime(writer);
    return writer.array(outcomes, (result) => {
      writer.string(result.name).int16(result.errorCode);
      if (request.apiVersion >= 1) writer.string(result.message);
    });
  },
};

function readTopic(reader: ProtocolReader): TopicRequest {
  const name = reader.string();
  const partitionCount = reader.int32();
  const replicationFactor = reader.int16();
  const assignments = reader.array((item) => ({
    partition: item.int32(),
    replicas: item.array((replica) => replica.int32()),
  }));
  const configs = reader.array((config): ConfigEntry => ({ name: config.string(), value: config.nullableString() }));
  return { name, partitionCount, replicationFactor, assignedPartitions: assignments.length, configs };
}

function createTopic(broker: BrokerContext, topic: TopicRequest, validateOnly: boolean): TopicOutcome {
  const partitionCount = requestedPartitionCount(topic, broker.config.defaultPartitions);
  if (topic.replicationFactor !== -1 && topic.replicationFactor !== 1 && topic.assignedPartitions === 0) {
    return outcome(
      topic.name,
      ErrorCode.INVALID_REPLICATION_FACTOR,
      'this single-node broker only supports replication factor 1',
    );
  }
  if (!isValidTopicName(topic.name))
    return outcome(topic.name, ErrorCode.INVALID_TOPIC_EXCEPTION, 'illegal topic name');
  if (broker.topics.get(topic.name))
    return outcome(topic.name, ErrorCode.TOPIC_ALREADY_EXISTS, `topic '${topic.name}' already exists`);
  if (partitionCount < 1) return outcome(topic.name, ErrorCode.INVALID_PARTITIONS, 'partition count must be positive');
  const config = readTopicConfig(topic.configs);
  if (typeof config === 'string') return outcome(topic.name, ErrorCode.INVALID_CONFIG, config);
  if (validateOnly) return outcome(topic.name, ErrorCode.NONE, null);
  const errorCode = broker.topics.create(topic.name, partitionCount, config);
  return outcome(topic.name, errorCode, errorCode === ErrorCode.NONE ? null : 'topic could not be created');
}

/** An explicit replica assignment fixes the count; -1 means "broker default" (KIP-464). */
function requestedPartitionCount(topic: TopicRequest, defaultPartitions: number): number {
  if (topic.assignedPartitions > 0) return topic.assignedPartitions;
  return topic.partitionCount === -1 ? defaultPartitions : topic.partitionCount;
}

/** The topic's config, or why Kafka would refuse it. */
function readTopicConfig(configs: readonly ConfigEntry[]): TopicConfig | string {
  const entry = configs.find(({ name }) => name === MAX_MESSAGE_BYTES_CONFIG);
  if (!entry) return { maxMessageBytes: null };
  const value = Number(entry.value);
  if (entry.value === null || !/^\d+$/.test(entry.value.trim()) || value > INT32_MAX) {
    return `${MAX_MESSAGE_BYTES_CONFIG} must be an integer from 0 to ${INT32_MAX}, got ${entry.value}`;
  }
  return { maxMessageBytes: value };
}

function outcome(name: string, errorCode: ErrorCode, message: string | null): TopicOutcome {
  return { name, errorCode, message };
}
