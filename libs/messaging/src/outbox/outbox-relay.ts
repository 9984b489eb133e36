import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { KafkaProducer, TopicBatch } from '../kafka/kafka-producer';

/** The envelope comes as the text it is sent as: parsing it only to write it out again cost each event twice. */
interface PendingRow {
  position: string;
  topic: string;
  message_key: string;
  envelope: string;
  event_type: string;
  tenant_id: string;
}

const BATCH_SIZE = 500;
const IDLE_POLL_MS = 100;
const MAX_BACKOFF_MS = 5_000;
// Any constant works: it only has to be the same for every replica of one service.
const RELAY_LOCK_KEY = 4_217_001;

const toBatches = (rows: PendingRow[]): TopicBatch[] => {
  const byTopic = new Map<string, TopicBatch>();
  for (const row of rows) {
    const batch = byTopic.get(row.topic) ?? { topic: row.topic, messages: [] };
    batch.messages.push({
      key: row.message_key,
      value: row.envelope,
      headers: { 'event-type': row.event_type, 'tenant-id': row.tenant_id },
    });
    byTopic.set(row.topic, batch);
  }
  return [...byTopic.values()];
};

/**
 * Publishes committed outbox rows in commit order. One replica at a time holds the advisory lock, so
 * events of one aggregate reach Kafka in order; rows are deleted only after the broker acknowledged them.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;
  private failures = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: KafkaProducer,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  /** Stops before the database connection closes (TypeORM closes it at application shutdown). */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Publishes everything pending now; returns how many events went out. */
  async publishPending(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [RELAY_LOCK_KEY]);
      if (!locked) return 0;
      const rows = await this.pendingRows(manager);
      if (rows.length === 0) return 0;
      await this.producer.send(toBatches(rows));
      await manager.query(`DELETE FROM outbox_events WHERE position = ANY($1::bigint[])`, [
        rows.map((row) => row.position),
      ]);
      return rows.length;
    });
  }

  private pendingRows(manager: EntityManager): Promise<PendingRow[]> {
    return manager.query(
      `SELECT position, topic, message_key, envelope::text AS envelope, envelope->>'type' AS event_type, tenant_id
       FROM outbox_events ORDER BY position LIMIT ${BATCH_SIZE}`,
    );
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick();
    }, delayMs);
  }

  private async tick(): Promise<void> {
    try {
      const published = await this.publishPending();
      this.failures = 0;
      this.schedule(published === BATCH_SIZE ? 0 : IDLE_POLL_MS);
    } catch (error) {
      this.failures += 1;
      const backoff = Math.min(MAX_BACKOFF_MS, IDLE_POLL_MS * 2 ** this.failures);
      this.logger.warn({ err: error, retryInMs: backoff }, 'outbox relay could not publish; will retry');
      this.schedule(backoff);
    }
  }
}
