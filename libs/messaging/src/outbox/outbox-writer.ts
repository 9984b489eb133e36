import { Injectable } from '@nestjs/common';
import { buildEnvelope, EventContract, EventEnvelope, PayloadOf } from '@praxis/contracts';
import { TenantContext } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';

export interface PendingEvent<C extends EventContract> {
  aggregateId: string;
  payload: PayloadOf<C>;
}

/** One row of the outbox, as `append` writes it. */
export interface OutboxRow {
  eventId: string;
  tenantId: string;
  topic: string;
  messageKey: string;
  envelope: EventEnvelope;
}

/** Writes an event in the caller's transaction, so the state change and its event commit or vanish together. */
@Injectable()
export class OutboxWriter {
  constructor(private readonly context: TenantContext) {}

  async append<C extends EventContract>(
    manager: EntityManager,
    contract: C,
    event: PendingEvent<C>,
  ): Promise<EventEnvelope> {
    const row = this.rowFor(contract, event);
    await this.write(manager, row);
    return row.envelope;
  }

  async write(manager: EntityManager, row: OutboxRow): Promise<void> {
    await this.writeAll(manager, [row]);
  }

  /** The rows in one statement, in their order, so the relay publishes them in it. */
  async writeAll(manager: EntityManager, rows: readonly OutboxRow[]): Promise<void> {
    if (rows.length === 0) return;
    const values = rows.map(
      (_, index) => `($${index * 5 + 1}, $${index * 5 + 2}, $${index * 5 + 3}, $${index * 5 + 4}, $${index * 5 + 5})`,
    );
    await manager.query(
      `INSERT INTO outbox_events (event_id, tenant_id, topic, message_key, envelope) VALUES ${values.join(', ')}`,
      rows.flatMap((row) => [row.eventId, row.tenantId, row.topic, row.messageKey, JSON.stringify(row.envelope)]),
    );
  }

  /** A batch whose `append` only collects, for a hot path that writes many events with one `writeAll`. */
  batch(): OutboxBatch {
    return new OutboxBatch(this);
  }

  /**
   * The row `append` would write, validated and enveloped, without writing it: for a hot path that inserts its
   * change and its events in one statement, still in the same transaction.
   */
  rowFor<C extends EventContract>(contract: C, event: PendingEvent<C>): OutboxRow {
    const envelope = buildEnvelope(contract, {
      tenantId: this.context.tenantId,
      aggregateId: event.aggregateId,
      correlationId: this.context.requestId ?? event.aggregateId,
      payload: event.payload,
    });
    return {
      eventId: envelope.id,
      tenantId: envelope.tenantId,
      topic: contract.topic,
      messageKey: envelope.aggregateId,
      envelope,
    };
  }
}

/** Events collected in order and written together; `append` answers like the writer's, the write follows in `flush`. */
export class OutboxBatch {
  private readonly rows: OutboxRow[] = [];

  constructor(private readonly writer: OutboxWriter) {}

  append<C extends EventContract>(
    _manager: EntityManager,
    contract: C,
    event: PendingEvent<C>,
  ): Promise<EventEnvelope> {
    const row = this.writer.rowFor(contract, event);
    this.rows.push(row);
    return Promise.resolve(row.envelope);
  }

  write(_manager: EntityManager, row: OutboxRow): Promise<void> {
    this.rows.push(row);
    return Promise.resolve();
  }

  flush(manager: EntityManager): Promise<void> {
    return this.writer.writeAll(manager, this.rows.splice(0));
  }
}

/** Where an event is appended (or its row, built beforehand, written): the writer itself, or a batch of it. */
export type EventAppender = Pick<OutboxWriter, 'append' | 'write'>;
