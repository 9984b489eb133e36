import { EventEnvelope, Topic } from '@praxis/contracts';
import { eventually, sharedInfrastructure } from '@praxis/testing';
import { Kafka, logLevel } from 'kafkajs';

export interface PatientEventsListener {
  /** Waits until `count` events of the clinic have arrived, then returns all of them in arrival order. */
  eventsOf(tenantId: string, count: number): Promise<EventEnvelope<Record<string, unknown>>[]>;
  stop(): Promise<void>;
}

/** Reads `scheduling.patients` from the beginning, as billing and claims would: the relay deletes outbox rows once published. */
export const listenToPatientEvents = async (): Promise<PatientEventsListener> => {
  const kafka = new Kafka({ clientId: 'patients-test-reader', brokers: sharedInfrastructure().kafkaBrokers, logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `patients-test-reader-${Date.now()}-${Math.random()}`, allowAutoTopicCreation: true });
  const received: EventEnvelope<Record<string, unknown>>[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic: Topic.SchedulingPatients, fromBeginning: true });
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
