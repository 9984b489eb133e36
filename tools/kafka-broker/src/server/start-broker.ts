import { pino, type Logger } from 'pino';
import type { BrokerContext } from '../apis/api-handler';
import { ApiRegistry } from '../apis/api-registry';
import { type BrokerLogLevel, type KafkaBrokerOptions, resolveConfig } from '../config';
import { GroupCoordinator } from '../groups/group-coordinator';
import { OffsetStore } from '../groups/offset-store';
import { DataArrivalNotifier } from '../log/data-arrival';
import { ProducerIdAllocator } from '../log/producer-ids';
import { TopicRegistry } from '../log/topic-registry';
import { KafkaServer } from './kafka-server';
import { RequestDispatcher } from './request-dispatcher';

export interface RunningKafkaBroker {
  host: string;
  port: number;
  /** Ready to pass to `new Kafka({ brokers })`. */
  brokers: string[];
  stop(): Promise<void>;
}

const NODE_ID = 0;
const CLUSTER_ID = 'praxis-dev-kafka';

export function createBrokerLogger(level: BrokerLogLevel): Logger {
  return pino({ level, base: { component: 'kafka-broker' } });
}

/** Starts a single-node broker; resolves once it is listening. */
export async function startKafkaBroker(options: KafkaBrokerOptions = {}): Promise<RunningKafkaBroker> {
  const config = resolveConfig(options);
  const log = createBrokerLogger(config.logLevel);
  const notifier = new DataArrivalNotifier();
  const topics = TopicRegistry.open({
    dataDir: config.dataDir,
    limits: {
      retentionBytes: config.retentionBytesPerPartition,
      segmentBytes: config.segmentBytes,
      maxMessageBytes: config.messageMaxBytes,
    },
    notifier,
    logger: log,
  });
  const groups = new GroupCoordinator(OffsetStore.open(config.dataDir, log), config.sessionTimeouts, log);
  const broker: BrokerContext = {
    node: { nodeId: NODE_ID, host: config.advertisedHost, port: config.port },
    clusterId: CLUSTER_ID,
    topics,
    groups,
    notifier,
    producerIds: new ProducerIdAllocator(topics.highestProducerId()),
    config,
    logger: log,
  };
  const server = await listenOrRelease(config.host, config.port, broker, config.maxFrameBytes);
  log.info(
    { host: config.host, port: broker.node.port, dataDir: config.dataDir, topics: topics.names().length },
    'kafka broker listening',
  );
  let stopping: Promise<void> | null = null;
  return {
    host: broker.node.host,
    port: broker.node.port,
    brokers: [`${broker.node.host}:${broker.node.port}`],
    stop: () => (stopping ??= stopBroker(server, broker, log)),
  };
}

async function listenOrRelease(
  host: string,
  port: number,
  broker: BrokerContext,
  maxFrameBytes: number,
): Promise<KafkaServer> {
  try {
    return await KafkaServer.listen(host, port, new RequestDispatcher(new ApiRegistry(), broker), {
      maxFrameBytes,
      logger: broker.logger,
      onListening: (boundPort) => (broker.node.port = boundPort),
    });
  } catch (error: unknown) {
    broker.groups.shutdown();
    broker.topics.close();
    throw error;
  }
}

async function stopBroker(server: KafkaServer, broker: BrokerContext, logger: Logger): Promise<void> {
  await server.close();
  broker.groups.shutdown();
  broker.topics.close();
  logger.info({ port: broker.node.port }, 'kafka broker stopped');
}
