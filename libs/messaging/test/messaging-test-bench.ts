import { randomUUID } from 'node:crypto';
import { AsyncLocalStorage } from 'node:async_hooks';
import { TenantContext, TenantTransactions } from '@praxis/tenancy';
import { Kafka, logLevel } from 'kafkajs';
import { ClsService } from 'nestjs-cls';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { DeadLetters } from '../src/inbox/dead-letters';
import { Inbox } from '../src/inbox/inbox';
import { KafkaProducer } from '../src/kafka/kafka-producer';
import { createMessagingTables } from '../src/messaging-tables';
import { OutboxRelay } from '../src/outbox/outbox-relay';
import { OutboxWriter } from '../src/outbox/outbox-writer';

// libs/testing stands on this lib (through libs/platform), so the bench reads what `npm test` started itself.
const infrastructure = (): { adminDatabaseUrl: string; kafkaBrokers: string[] } => {
  const raw = process.env.PRAXIS_TEST_INFRASTRUCTURE;
  if (!raw) throw new Error('run the tests with `npm test`: it starts PostgreSQL, Redis and the Kafka broker first');
  return JSON.parse(raw) as { adminDatabaseUrl: string; kafkaBrokers: string[] };
};

const withDatabase = (adminUrl: string, name: string): string => {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

export interface ReadMessage {
  key: string;
  value: string;
  headers: Record<string, string>;
}

/** The outbox, relay and inbox of one made-up service, on a database of their own and the shared broker. */
export class MessagingBench {
  private constructor(
    readonly databaseUrl: string,
    readonly brokers: string[],
    readonly dataSource: DataSource,
    readonly context: TenantContext,
    readonly transactions: TenantTransactions,
    readonly producer: KafkaProducer,
    readonly outbox: OutboxWriter,
    readonly relay: OutboxRelay,
    readonly inbox: Inbox,
    private readonly drop: () => Promise<void>,
  ) {}

  static async start(serviceName: string): Promise<MessagingBench> {
    const { adminDatabaseUrl, kafkaBrokers } = infrastructure();
    const name = `praxis_messaging_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const admin = new Client({ connectionString: adminDatabaseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const databaseUrl = withDatabase(adminDatabaseUrl, name);
    const dataSource = await new DataSource({ type: 'postgres', url: databaseUrl }).initialize();
    const runner = dataSource.createQueryRunner();
    await createMessagingTables(runner);
    await runner.query(`CREATE TABLE effects (event_id uuid NOT NULL, tenant_id uuid NOT NULL)`);
    await runner.release();
    const settings = { serviceName, brokers: kafkaBrokers };
    const context = new TenantContext(new ClsService(new AsyncLocalStorage()));
    const transactions = new TenantTransactions(dataSource, context);
    const producer = new KafkaProducer(settings);
    const drop = async () => {
      await producer.onApplicationShutdown();
      await dataSource.destroy();
      await admin.query(`DROP DATABASE ${name}`);
      await admin.end();
    };
    const inbox = new Inbox(settings, context, transactions, new DeadLetters(producer));
    return new MessagingBench(
      databaseUrl,
      kafkaBrokers,
      dataSource,
      context,
      transactions,
      producer,
      new OutboxWriter(context),
      new OutboxRelay(dataSource, producer),
      inbox,
      drop,
    );
  }

  /** Every message on the topic so far whose key or headers satisfy `wanted`, in partition order. */
  async read(topic: string, wanted: (message: ReadMessage) => boolean, expected: number): Promise<ReadMessage[]> {
    const kafka = new Kafka({
      clientId: 'messaging-spec-reader',
      brokers: infrastructure().kafkaBrokers,
      logLevel: logLevel.NOTHING,
    });
    const consumer = kafka.consumer({ groupId: `messaging-spec-${randomUUID()}` });
    const messages: ReadMessage[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const enough = new Promise<void>((resolve) => {
      void consumer.run({
        eachMessage: async ({ message }) => {
          const headers = Object.fromEntries(
            Object.entries(message.headers ?? {}).map(([header, value]) => [header, String(value)]),
          );
          const read = { key: String(message.key), value: String(message.value), headers };
          if (wanted(read)) messages.push(read);
          if (messages.length >= expected) resolve();
        },
      });
    });
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([enough, new Promise((resolve) => (timer = setTimeout(resolve, 15_000)))]);
    clearTimeout(timer);
    await consumer.disconnect();
    return messages;
  }

  /** Waits until `probe` finds something, for effects that arrive through the broker. */
  async until<T>(probe: () => Promise<T[]>, timeoutMs = 20_000): Promise<T[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = await probe();
      if (found.length > 0 || Date.now() > deadline) return found;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  close(): Promise<void> {
    return this.drop();
  }
}
