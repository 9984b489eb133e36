import { EventEnvelope } from '@praxis/contracts';
import { internalHeaders } from '../infrastructure';
import { ClinicActor } from '../use-case-harness';
import { Kafka, logLevel, Producer } from 'kafkajs';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Publishes as a producing service's relay would while the broker may be down: each event is sent until the broker
 * acknowledges it, so an event whose acknowledgement was lost in a crash is sent again under the same id.
 */
export class PersistentPublisher {
  private readonly producer: Producer;

  private constructor(brokers: string[]) {
    const kafka = new Kafka({
      clientId: 'crash-test-publisher',
      brokers,
      logLevel: logLevel.NOTHING,
      retry: { retries: 2, initialRetryTime: 100 },
    });
    this.producer = kafka.producer({ allowAutoTopicCreation: true });
  }

  static async connect(brokers: string[]): Promise<PersistentPublisher> {
    const publisher = new PersistentPublisher(brokers);
    await publisher.untilDone(() => publisher.producer.connect());
    return publisher;
  }

  publish(topic: string, envelope: EventEnvelope): Promise<void> {
    const message = { key: envelope.aggregateId, value: JSON.stringify(envelope) };
    return this.untilDone(async () => {
      await this.producer.send({ topic, messages: [message] });
    });
  }

  disconnect(): Promise<void> {
    return this.producer.disconnect();
  }

  private async untilDone(work: () => Promise<void>): Promise<void> {
    for (;;) {
      try {
        return await work();
      } catch {
        await pause(200);
      }
    }
  }
}

export interface Answer {
  status: number;
  body: Record<string, unknown>;
}

/** A body sent as it is (an X12 file, say), not as JSON. */
export const rawBody = (content: string, contentType: string) => ({ content, contentType });
type RawBody = ReturnType<typeof rawBody>;
const isRaw = (body: unknown): body is RawBody =>
  typeof body === 'object' && body !== null && 'content' in body && 'contentType' in body;

/**
 * A clerk's calls to a service that keep trying while it is down or restarting, as a person pressing the button
 * again would (with the same Idempotency-Key); any answer the service gives below 500 is final.
 */
export const persistentClerk = (serviceUrl: string, clerk: ClinicActor) => {
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const contentType = isRaw(body) ? body.contentType : 'application/json';
    const sent = isRaw(body) ? body.content : body === undefined ? undefined : JSON.stringify(body);
    for (;;) {
      try {
        const response = await fetch(`${serviceUrl}${path}`, {
          method,
          headers: { ...(await internalHeaders(clerk)), 'content-type': contentType, ...headers },
          body: sent,
          signal: AbortSignal.timeout(5_000),
        });
        const text = await response.text();
        if (response.status < 500) return { status: response.status, body: text ? JSON.parse(text) : {} } as Answer;
      } catch {
        // the service is down or was killed while answering: try again
      }
      await pause(200);
    }
  };
  return { call };
};
