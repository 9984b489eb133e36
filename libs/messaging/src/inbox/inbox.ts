import { Inject, Injectable, Logger } from '@nestjs/common';
import { EventEnvelope, EventRegistry } from '@praxis/contracts';
import { TenantContext, TenantTransactions } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';
import { KAFKA_SETTINGS, KafkaSettings } from '../kafka/kafka-settings';
import { DeadLetters } from './dead-letters';

export type EventHandler = (envelope: EventEnvelope, manager: EntityManager) => Promise<void>;

export interface ReceivedMessage {
  topic: string;
  key?: string;
  value: unknown;
}

export const MAX_HANDLING_ATTEMPTS = 5;
const FIRST_RETRY_MS = 50;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const reasonOf = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/**
 * Applies an event at most once per consumer: its id goes into the inbox in the same tenant transaction
 * as its effects. Failures are retried a bounded number of times, then the event goes to the dead-letter topic.
 */
@Injectable()
export class Inbox {
  private readonly logger = new Logger(Inbox.name);

  constructor(
    @Inject(KAFKA_SETTINGS) private readonly settings: KafkaSettings,
    private readonly context: TenantContext,
    private readonly transactions: TenantTransactions,
    private readonly deadLetters: DeadLetters,
  ) {}

  async receive(message: ReceivedMessage, registry: EventRegistry, handler: EventHandler): Promise<void> {
    let envelope: EventEnvelope;
    try {
      envelope = registry.parse(message.value);
    } catch (error) {
      return this.park(message, reasonOf(error), 1);
    }
    for (let attempt = 1; attempt <= MAX_HANDLING_ATTEMPTS; attempt += 1) {
      try {
        return await this.applyOnce(envelope, handler);
      } catch (error) {
        if (attempt === MAX_HANDLING_ATTEMPTS) return this.park(message, reasonOf(error), attempt);
        await sleep(FIRST_RETRY_MS * 2 ** (attempt - 1));
      }
    }
  }

  private applyOnce(envelope: EventEnvelope, handler: EventHandler): Promise<void> {
    const actor = { tenantId: envelope.tenantId, roles: [] };
    return this.context.runAs(actor, envelope.correlationId, () =>
      this.transactions.runFor(envelope.tenantId, async (manager) => {
        const recorded: unknown[] = await manager.query(
          `INSERT INTO inbox_events (consumer, event_id, tenant_id, event_type) VALUES ($1, $2, $3, $4)
           ON CONFLICT DO NOTHING RETURNING event_id`,
          [this.settings.serviceName, envelope.id, envelope.tenantId, envelope.type],
        );
        if (recorded.length === 0) return;
        await handler(envelope, manager);
      }),
    );
  }

  private async park(message: ReceivedMessage, reason: string, attempts: number): Promise<void> {
    this.logger.error({ topic: message.topic, reason, attempts }, 'event sent to the dead-letter topic');
    await this.deadLetters.park({ ...message, reason, consumer: this.settings.serviceName, attempts });
  }
}
