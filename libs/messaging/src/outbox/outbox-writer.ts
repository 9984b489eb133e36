import { Injectable } from '@nestjs/common';
import { buildEnvelope, EventContract, EventEnvelope, PayloadOf } from '@praxis/contracts';
import { TenantContext } from '@praxis/tenancy';
import { EntityManager } from 'typeorm';

export interface PendingEvent<C extends EventContract> {
  aggregateId: string;
  payload: PayloadOf<C>;
}

/** Writes an event in the caller's transaction, so the state change and its event commit or vanish together. */
@Injectable()
export class OutboxWriter {
  constructor(private readonly context: TenantContext) {}

  async append<C extends EventContract>(manager: EntityManager, contract: C, event: PendingEvent<C>): Promise<EventEnvelope> {
    const envelope = buildEnvelope(contract, {
      tenantId: this.context.tenantId,
      aggregateId: event.aggregateId,
      correlationId: this.context.requestId ?? event.aggregateId,
      payload: event.payload,
    });
    await manager.query(
      `INSERT INTO outbox_events (event_id, tenant_id, topic, message_key, envelope) VALUES ($1, $2, $3, $4, $5)`,
      [envelope.id, envelope.tenantId, contract.topic, envelope.aggregateId, JSON.stringify(envelope)],
    );
    return envelope;
  }
}
