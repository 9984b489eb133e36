import { EventEnvelope } from '@praxis/contracts';
import { Kafka, logLevel } from 'kafkajs';
import { eventually } from './eventually';
import { sharedInfrastructure } from './infrastructure';

export interface TopicListener {
  /** Waits until `count` events of the clinic have arrived, then returns all of them in arrival order. */
  eventsOf(tenantId: string, count: number): Promise<Array<EventEnvelope<Record<string, unknown>>>>;
  stop(): Promise<void>;
}

/** Reads a topic from the beginning as another service would: outbox rows are gone once the relay published them. */
export const listenToTopic = async (
  topic: string,
  brokers = sharedInfrastructure().kafkaBrokers,
): Promise<TopicListener> => {
  const kafka = new Kafka({ clientId: 'test-topic-reader', brokers, logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({
    groupId: `test-topic-reader-${Date.now()}-${Math.random()}`,
    allowAutoTopicCreation: true,
  });
  const received: Array<EventEnvelope<Record<string, unknown>>> = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      received.push(JSON.parse(String(message.value)) as EventEnvelope<Record<string, unknown>>);
    },
  });
  const eventsOf = (tenantId: string) => received.filter((event) => event.tenantId === tenantId);
  return {
    eventsOf: (tenantId, count) =>
      eventually(async () => {
        expect(eventsOf(tenantId).length).toBeGreaterThanOrEqual(count);
        return eventsOf(tenantId);
      }, 30_000),
    stop: () => consumer.disconnect(),
  };
};
