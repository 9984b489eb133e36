import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { EventContract, PayloadOf } from './event-contract';

export const envelopeSchema = z
  .object({
    id: z.string().uuid(),
    type: z.string().min(1),
    version: z.number().int().positive(),
    tenantId: z.string().uuid(),
    aggregateId: z.string().min(1),
    occurredAt: z.string().datetime({ offset: true }),
    correlationId: z.string().min(1),
    payload: z.unknown(),
  })
  .strict();

export type EventEnvelope<TPayload = unknown> = Omit<z.infer<typeof envelopeSchema>, 'payload'> & { payload: TPayload };

export interface NewEvent<C extends EventContract> {
  tenantId: string;
  aggregateId: string;
  correlationId: string;
  payload: PayloadOf<C>;
  occurredAt?: Date;
}

export class InvalidEventError extends Error {
  /** `problem`: the first thing wrong with the payload, in its schema's words, for whoever must be told why. */
  constructor(
    readonly reason: string,
    readonly problem = reason,
  ) {
    super(`invalid event: ${reason}`);
  }
}

export const buildEnvelope = <C extends EventContract>(
  contract: C,
  event: NewEvent<C>,
): EventEnvelope<PayloadOf<C>> => {
  const payload = contract.payload.safeParse(event.payload);
  if (!payload.success)
    throw new InvalidEventError(
      `${contract.type} v${contract.version}: ${payload.error.message}`,
      payload.error.issues[0]?.message,
    );
  return {
    id: randomUUID(),
    type: contract.type,
    version: contract.version,
    tenantId: event.tenantId,
    aggregateId: event.aggregateId,
    occurredAt: (event.occurredAt ?? new Date()).toISOString(),
    correlationId: event.correlationId,
    payload: payload.data,
  };
};
