import { randomUUID } from 'node:crypto';
import { AppointmentCompleted, buildEnvelope, EventEnvelope, Topic } from '@praxis/contracts';
import { eachByClients } from '@praxis/testing';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { LoadFigures, percentile } from './load';

/** When each thing was first seen, by its id, in ms since the epoch. */
export type Sightings = Map<string, number>;

const PUBLISH_BATCH = 200;
const POLL_MS = 50;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Waits until `count` things have been seen; a stage that stalls fails the run instead of hanging it. */
const untilSeen = async (seen: Sightings, count: number, timeoutMs = 120_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (seen.size < count) {
    if (Date.now() > deadline) throw new Error(`only ${seen.size} of ${count} seen within ${timeoutMs} ms`);
    await pause(POLL_MS);
  }
};

/** Rate and latency percentiles of a stage: each item's latency is from its start to its sighting. */
export const stageFigures = (starts: Sightings, seen: Sightings, keyOf = (id: string) => id): LoadFigures => {
  const latencies = [...seen].map(([id, at]) => at - (starts.get(keyOf(id)) ?? at)).sort((a, b) => a - b);
  const first = Math.min(...starts.values());
  const last = Math.max(...seen.values());
  return {
    requestsPerSecond: Math.round((seen.size * 1_000) / Math.max(1, last - first)),
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    errors: starts.size - new Set([...seen.keys()].map(keyOf)).size,
  };
};

/** A visit of two lines (an office visit and two units of an injection), completed as scheduling announces it. */
const aCompletedVisit = (tenantId: string): EventEnvelope => {
  const appointmentId = randomUUID();
  const startsAt = '2026-03-02T15:00:00.000Z';
  return buildEnvelope(AppointmentCompleted, {
    tenantId,
    aggregateId: appointmentId,
    correlationId: appointmentId,
    payload: {
      ...{ appointmentId, patientId: randomUUID(), providerId: randomUUID(), locationId: randomUUID() },
      ...{ appointmentTypeId: randomUUID(), startsAt, endsAt: '2026-03-02T15:30:00.000Z', timeZone: 'America/Chicago' },
      renderingProviderNpi: '1234567893',
      diagnoses: ['J06.9'],
      procedures: [
        { code: '99213', modifiers: [], units: 1, diagnosisPointers: [1] },
        { code: '96372', modifiers: [], units: 2, diagnosisPointers: [1] },
      ],
    },
  });
};

export interface Pace {
  batch: number;
  /** A batch leaves every `everyMs` (0: each as soon as the one before is acknowledged). */
  everyMs: number;
}

/** Scheduling's completions, published in batches as its outbox relay would; returns when each visit's batch left. */
export const publishCompletions = async (
  brokers: string[],
  tenantId: string,
  count: number,
  { batch: size, everyMs }: Pace = { batch: PUBLISH_BATCH, everyMs: 0 },
): Promise<Sightings> => {
  const producer = new Kafka({ clientId: 'bench-scheduling', brokers, logLevel: logLevel.NOTHING }).producer({
    idempotent: true,
    maxInFlightRequests: 1,
  });
  await producer.connect();
  const published: Sightings = new Map();
  try {
    const start = Date.now();
    for (let sent = 0; sent < count; sent += size) {
      const batch = Array.from({ length: Math.min(size, count - sent) }, () => aCompletedVisit(tenantId));
      await pause(start + (sent / size) * everyMs - Date.now());
      const at = Date.now();
      const messages = batch.map((envelope) => ({ key: envelope.aggregateId, value: JSON.stringify(envelope) }));
      await producer.send({ topic: Topic.SchedulingAppointments, messages });
      for (const envelope of batch) published.set(envelope.aggregateId, at);
    }
  } finally {
    await producer.disconnect();
  }
  return published;
};

/**
 * Notes when each visit of the clinic is first seen ready in billing's database (committed), polling every 50 ms,
 * and tells `onReady` of each as it is seen.
 */
export const watchReadyVisits = async (ownerUrl: string, tenantId: string, onReady?: (visitId: string) => void) => {
  const db = new Client({ connectionString: ownerUrl });
  await db.connect();
  await db.query(`SELECT set_config('app.tenant_id', $1, false)`, [tenantId]);
  const seen: Sightings = new Map();
  let watching = true;
  const poll = async () => {
    while (watching) {
      const { rows } = await db.query<{ id: string }>(`SELECT id FROM billing_visits WHERE status = 'ready'`);
      const at = Date.now();
      for (const { id } of rows.filter((row) => !seen.has(row.id))) {
        seen.set(id, at);
        onReady?.(id);
      }
      await pause(POLL_MS);
    }
  };
  const polling = poll();
  return {
    seen,
    until: (count: number) => untilSeen(seen, count),
    stop: async () => {
      watching = false;
      await polling;
      await db.end();
    },
  };
};

/** Reads billing.charges as claims would and notes when each of the clinic's charges arrives, with its visit. */
export const watchPostedCharges = async (brokers: string[], tenantId: string) => {
  const kafka = new Kafka({ clientId: 'bench-claims', brokers, logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `bench-claims-${randomUUID()}` });
  const seen: Sightings = new Map();
  const visitOf = new Map<string, string>();
  const joined = new Promise((resolve) => consumer.on(consumer.events.GROUP_JOIN, resolve));
  await consumer.connect();
  await consumer.subscribe({ topic: Topic.BillingCharges, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const event = JSON.parse(String(message.value)) as EventEnvelope<{ chargeId: string; visitId: string }>;
      if (event.tenantId !== tenantId || seen.has(event.payload.chargeId)) return;
      seen.set(event.payload.chargeId, Date.now());
      visitOf.set(event.payload.chargeId, event.payload.visitId);
    },
  });
  // Read from its first sighting only once the group has its partitions, or a late join would count as latency.
  await joined;
  return {
    seen,
    visitOf: (chargeId: string) => visitOf.get(chargeId) ?? chargeId,
    until: (count: number) => untilSeen(seen, count),
    stop: () => consumer.disconnect(),
  };
};

/** Releases one visit; true when billing posted it. */
export const release = async (billingUrl: string, headers: Record<string, string>, visitId: string) => {
  const response = await fetch(`${billingUrl}/api/v1/billing/visits/${visitId}/release`, { method: 'POST', headers });
  await response.arrayBuffer();
  return response.ok;
};

/** The clerk releases every visit, `clients` at a time; returns when each release was sent and each answer's time. */
export const releaseAll = async (
  billingUrl: string,
  headers: Record<string, string>,
  visitIds: string[],
  clients: number,
): Promise<{ sent: Sightings; answered: Sightings; failures: number }> => {
  const sent: Sightings = new Map();
  const answered: Sightings = new Map();
  let failures = 0;
  await eachByClients(visitIds, clients, async (visitId) => {
    sent.set(visitId, Date.now());
    if (await release(billingUrl, headers, visitId)) answered.set(visitId, Date.now());
    else failures += 1;
  });
  return { sent, answered, failures };
};
