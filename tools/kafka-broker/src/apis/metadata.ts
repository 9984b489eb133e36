import { ErrorCode } from '../errors';
import { ApiKey } from '../protocol/api-keys';
import type { ProtocolReader } from '../protocol/protocol-reader';
import { ResponseWriter } from '../protocol/response-writer';
import { type ApiHandler, type BrokerContext, writeThrottleTime } from './api-handler';
import { lookupTopic } from './topic-lookup';

interface TopicMetadata {
  errorCode: ErrorCode;
  name: string;
  partitionCount: number;
}

/**
 * Metadata v1-4. A null topic list means "all topics" (v1+). Before v4 there is no
 * allow_auto_topic_creation flag and Kafka always auto-creates, so we do too (when enabled).
 */
export const metadataHandler: ApiHandler = {
  apiKey: ApiKey.Metadata,
  name: 'Metadata',
  minVersion: 1,
  maxVersion: 4,
  handle(reader, request, broker) {
    const { topicNames, allowAutoCreate } = readRequest(reader, request.apiVersion);
    const topics = (topicNames ?? broker.topics.names()).map((name) => describeTopic(broker, name, allowAutoCreate));
    return writeResponse(request.apiVersion, broker, topics);
  },
};

function readRequest(
  reader: ProtocolReader,
  version: number,
): { topicNames: string[] | null; allowAutoCreate: boolean } {
  const topicNames = reader.nullableArray((item) => item.string());
  const allowAutoCreate = version >= 4 ? reader.boolean() : true;
  return { topicNames, allowAutoCreate };
}

function describeTopic(broker: BrokerContext, name: string, allowAutoCreate: boolean): TopicMetadata {
  const lookup = lookupTopic(broker, name, allowAutoCreate);
  return { errorCode: lookup.errorCode, name, partitionCount: lookup.topic?.partitions.length ?? 0 };
}

function writeResponse(version: number, broker: BrokerContext, topics: TopicMetadata[]): ResponseWriter {
  const { nodeId, host, port } = broker.node;
  const writer = new ResponseWriter();
  if (version >= 3) writeThrottleTime(writer);
  writer.array([broker.node], () => writer.int32(nodeId).string(host).int32(port).string(null));
  if (version >= 2) writer.string(broker.clusterId);
  writer.int32(nodeId);
  return writer.array(topics, (topic) => {
    writer.int16(topic.errorCode).string(topic.name).boolean(false);
    const partitions = Array.from({ length: topic.partitionCount }, (_, partition) => partition);
    writer.array(partitions, (partition) => {
      writer.int16(ErrorCode.NONE).int32(partition).int32(nodeId);
      writer.array([nodeId], (replica) => writer.int32(replica));
      writer.array([nodeId], (replica) => writer.int32(replica));
    });
  });
}
