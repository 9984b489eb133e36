import { KafkaOptions, Transport } from '@nestjs/microservices';
import { logLevel, Partitioners } from 'kafkajs';
import { consumerGroupOf, KafkaSettings } from './kafka-settings';

/**
 * How long a rebalance waits for every member to rejoin. kafkajs asks for 60 s, and the group consumes nothing
 * meanwhile: one replica stopping (or a stopped test system's service) held a new one's partitions idle that long.
 * A handler takes milliseconds, so a member still alive rejoins well within this.
 */
const REBALANCE_TIMEOUT_MS = 10_000;

/** Options for the @nestjs/microservices Kafka transport that carries a service's @EventPattern handlers. */
export const kafkaTransportOptions = ({
  serviceName,
  brokers,
  consumerGroup,
  sessionTimeoutMs = 10_000,
}: KafkaSettings): KafkaOptions => ({
  transport: Transport.KAFKA,
  options: {
    postfixId: '',
    client: { clientId: `praxis-${serviceName}`, brokers, logLevel: logLevel.WARN },
    // A short fetch wait keeps shutdown quick: disconnecting waits for the fetch in flight.
    consumer: {
      groupId: consumerGroup ?? consumerGroupOf(serviceName),
      allowAutoTopicCreation: true,
      sessionTimeout: sessionTimeoutMs,
      rebalanceTimeout: REBALANCE_TIMEOUT_MS,
      heartbeatInterval: 1_000,
      maxWaitTimeInMs: 500,
    },
    subscribe: { fromBeginning: true },
    // The transport's own producer sends nothing (events leave through the outbox relay); naming the partitioner keeps kafkajs quiet about its v2 default.
    producer: { createPartitioner: Partitioners.DefaultPartitioner },
    producerOnlyMode: false,
  },
});
