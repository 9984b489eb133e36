import { Kafka, logLevel } from 'kafkajs';

/** kafkajs client tuned for fast tests: short waits, quiet logs, plain retries. */
export function createTestKafka(brokers: string[], clientId: string): Kafka {
  return new Kafka({
    clientId,
    brokers,
    logLevel: logLevel.NOTHING,
    retry: { initialRetryTime: 50, retries: 8 },
  });
}

/** Consumer settings that make rebalances take well under a second against the local broker. */
export const FAST_CONSUMER = {
  sessionTimeout: 6_000,
  rebalanceTimeout: 5_000,
  heartbeatInterval: 200,
  maxWaitTimeInMs: 200,
} as const;
