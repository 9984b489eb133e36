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
    await manager.query(
      `INSERT INTO outbox_events (event_id, tenant_id, topic, message_key, envelope) VALUES ($1, $2, $3, $4, $5)`,
      [row.eventId, row.tenantId, row.topic, row.messageKey, JSON.stringify(row.envelope)],
    );
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
