import { ErrorCode } from '../errors';
import { ApiKey } from '../protocol/api-keys';
import type { ProtocolReader } from '../protocol/protocol-reader';
import { ResponseWriter } from '../protocol/response-writer';
import { type ApiHandler, type BrokerContext, writeThrottleTime } from './api-handler';

/** Resource types and config sources, as numbered by the Kafka protocol. */
const ResourceType = { TOPIC: 2, BROKER: 4 } as const;
const ConfigSource = { TOPIC_CONFIG: 1, STATIC_BROKER_CONFIG: 4 } as const;

interface ResourceRequest {
  type: number;
  name: string;
  configNames: string[] | null;
}

interface ConfigEntry {
  name: string;
  value: string;
  source: number;
}

interface ResourceResult {
  request: ResourceRequest;
  errorCode: ErrorCode;
  errorMessage: string | null;
  entries: ConfigEntry[];
}

/**
 * DescribeConfigs v0-2 (v1 adds include_synonyms and config sources; v2 only changes throttling). Reports
 * the settings this broker actually applies, for topics and for its one node. All are read-only: there is
 * no AlterConfigs. Synonyms are never listed.
 */
export const describeConfigsHandler: ApiHandler = {
  apiKey: ApiKey.DescribeConfigs,
  name: 'DescribeConfigs',
  minVersion: 0,
  maxVersion: 2,
  handle(reader, request, broker) {
    const resources = reader.array(readResource);
    if (request.apiVersion >= 1) reader.boolean();
    const results = resources.map((resource) => describeResource(broker, resource));
    const writer = writeThrottleTime(new ResponseWriter());
    return writer.array(results, (result) => {
      writer.int16(result.errorCode).string(result.errorMessage).int8(result.request.type).string(result.request.name);
      writer.array(result.entries, (entry) => writeEntry(writer, entry, request.apiVersion));
    });
  },
};

function readResource(reader: ProtocolReader): ResourceRequest {
  return { type: reader.int8(), name: reader.string(), configNames: reader.nullableArray((item) => item.string()) };
}

function writeEntry(writer: ResponseWriter, entry: ConfigEntry, version: number): void {
  writer.string(entry.name).string(entry.value).boolean(true);
  if (version === 0) writer.boolean(false);
  else writer.int8(entry.source);
  writer.boolean(false);
  if (version >= 1) writer.array([], () => undefined);
}

function describeResource(broker: BrokerContext, request: ResourceRequest): ResourceResult {
  const entries = configsOf(broker, request);
  if (typeof entries === 'string')
    return { request, errorCode: errorCodeFor(request), errorMessage: entries, entries: [] };
  const wanted = request.configNames;
  return {
    request,
    errorCode: ErrorCode.NONE,
    errorMessage: null,
    entries: wanted ? entries.filter(({ name }) => wanted.includes(name)) : entries,
  };
}

function errorCodeFor(request: ResourceRequest): ErrorCode {
  return request.type === ResourceType.TOPIC ? ErrorCode.UNKNOWN_TOPIC_OR_PARTITION : ErrorCode.INVALID_REQUEST;
}

/** The resource's entries, or why it cannot be described. */
function configsOf(broker: BrokerContext, request: ResourceRequest): ConfigEntry[] | string {
  if (request.type === ResourceType.TOPIC) return topicConfigs(broker, request.name);
  if (request.type === ResourceType.BROKER && request.name === String(broker.node.nodeId)) return brokerConfigs(broker);
  if (request.type === ResourceType.BROKER) return `this cluster has only broker ${broker.node.nodeId}`;
  return `resource type ${request.type} cannot be described by this broker`;
}

function topicConfigs(broker: BrokerContext, name: string): ConfigEntry[] | string {
  const topic = broker.topics.get(name);
  if (!topic) return `topic '${name}' does not exist`;
  const { config } = broker;
  const maxMessageBytes = topic.config.maxMessageBytes;
  return [
    maxMessageBytes === null
      ? staticEntry('max.message.bytes', config.messageMaxBytes)
      : { name: 'max.message.bytes', value: String(maxMessageBytes), source: ConfigSource.TOPIC_CONFIG },
    staticEntry('cleanup.policy', 'delete'),
    staticEntry('retention.bytes', config.retentionBytesPerPartition),
    // Retention is by size only: records never expire by age.
    staticEntry('retention.ms', -1),
    staticEntry('segment.bytes', config.segmentBytes),
  ];
}

function brokerConfigs(broker: BrokerContext): ConfigEntry[] {
  const { config } = broker;
  return [
    staticEntry('auto.create.topics.enable', config.autoCreateTopics),
    staticEntry('group.max.session.timeout.ms', config.sessionTimeouts.maxMs),
    staticEntry('group.min.session.timeout.ms', config.sessionTimeouts.minMs),
    staticEntry('log.retention.bytes', config.retentionBytesPerPartition),
    staticEntry('log.segment.bytes', config.segmentBytes),
    staticEntry('message.max.bytes', config.messageMaxBytes),
    staticEntry('num.partitions', config.defaultPartitions),
    staticEntry('socket.request.max.bytes', config.maxFrameBytes),
  ];
}

function staticEntry(name: string, value: string | number | boolean): ConfigEntry {
  return { name, value: String(value), source: ConfigSource.STATIC_BROKER_CONFIG };
}
