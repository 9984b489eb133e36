import { randomUUID } from 'node:crypto';
import {
  AppointmentCompleted,
  buildEnvelope,
  CoverageUpdated,
  CoverageUpdatedV3,
  EventEnvelope,
  Topic,
} from '@praxis/contracts';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { AcceptedClaim } from './remittance-files';

const POLL_MS = 50;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

const CHICAGO = { line1: '233 S Wacker Dr', line2: null, city: 'Chicago', state: 'IL', postalCode: '60606-6306' };
const COVERAGE = {
  payerId: '60054',
  payerName: 'Aetna',
  groupNumber: 'GRP-1',
  rank: 'primary' as const,
  effectiveFrom: '2026-01-01',
  effectiveTo: null,
};

/** One insured patient's visit yesterday: their Aetna card as scheduling announces it (v1 and v3), then the visit. */
const anInsuredVisit = (tenantId: string, index: number, dateOfService: string) => {
  const patientId = randomUUID();
  const appointmentId = randomUUID();
  const coverageId = randomUUID();
  const at = { tenantId, aggregateId: patientId, correlationId: patientId };
  const memberId = `W${String(index).padStart(9, '0')}`;
  const person = { firstName: 'Ana', lastName: `Patient${index}`, dateOfBirth: '1980-02-29', sex: 'female' as const };
  const coverages = [
    buildEnvelope(CoverageUpdated, {
      ...at,
      payload: { patientId, coverages: [{ ...COVERAGE, coverageId, memberId, subscriberRelationship: 'self' }] },
    }),
    buildEnvelope(CoverageUpdatedV3, {
      ...at,
      payload: {
        patientId,
        patient: { ...person, address: CHICAGO },
        coverages: [
          { ...COVERAGE, coverageId, memberId, subscriber: { relationship: 'self', ...person, address: CHICAGO } },
        ],
      },
    }),
  ];
  const completion = buildEnvelope(AppointmentCompleted, {
    tenantId,
    aggregateId: appointmentId,
    correlationId: appointmentId,
    payload: {
      ...{ appointmentId, patientId, providerId: randomUUID(), locationId: randomUUID() },
      appointmentTypeId: randomUUID(),
      startsAt: `${dateOfService}T15:00:00.000Z`,
      endsAt: `${dateOfService}T15:30:00.000Z`,
      timeZone: 'America/Chicago',
      renderingProviderNpi: '1234567893',
      diagnoses: ['J06.9'],
      procedures: [
        { code: '99213', modifiers: [], units: 1, diagnosisPointers: [1] },
        { code: '96372', modifiers: [], units: 2, diagnosisPointers: [1] },
      ],
    },
  });
  return { coverages, completion };
};

/** Publishes as scheduling's relay would, in batches: every patient's coverage first, the visits once billing has it. */
export const publishInsuredVisits = async (
  brokers: string[],
  tenantId: string,
  count: number,
  dateOfService: string,
  coveragesHeard: () => Promise<void>,
): Promise<void> => {
  const producer = new Kafka({ clientId: 'bench-scheduling', brokers, logLevel: logLevel.NOTHING }).producer({
    idempotent: true,
    maxInFlightRequests: 1,
  });
  await producer.connect();
  const send = async (topic: Topic, envelopes: EventEnvelope[]) => {
    for (let start = 0; start < envelopes.length; start += 200) {
      const messages = envelopes
        .slice(start, start + 200)
        .map((envelope) => ({ key: envelope.aggregateId, value: JSON.stringify(envelope) }));
      await producer.send({ topic, messages });
    }
  };
  try {
    const visits = Array.from({ length: count }, (_, index) => anInsuredVisit(tenantId, index, dateOfService));
    await send(
      Topic.SchedulingPatients,
      visits.flatMap(({ coverages }) => coverages),
    );
    await coveragesHeard();
    await send(
      Topic.SchedulingAppointments,
      visits.map(({ completion }) => completion),
    );
  } finally {
    await producer.disconnect();
  }
};

/** A clinic's database as its owner reads it: one query at a time, the clinic's rows only. */
export const clinicDatabase = async (ownerUrl: string, tenantId: string) => {
  const db = new Client({ connectionString: ownerUrl });
  await db.connect();
  await db.query(`SELECT set_config('app.tenant_id', $1, false)`, [tenantId]);
  const count = async (sql: string) => Number((await db.query<{ n: string }>(sql)).rows[0].n);
  return {
    db,
    /**
     * Waits until the query counts at least `wanted`; a stage that stalls fails the run instead of hanging it, with
     * what `explain` finds (where the rows are instead).
     */
    until: async (sql: string, wanted: number, explain?: string, timeoutMs = 120_000) => {
      const deadline = Date.now() + timeoutMs;
      for (let seen = await count(sql); seen < wanted; seen = await count(sql)) {
        if (Date.now() > deadline) {
          const found = explain ? JSON.stringify((await db.query(explain)).rows) : '';
          throw new Error(`${sql}: ${seen} of ${wanted} within ${timeoutMs} ms ${found}`);
        }
        await pause(POLL_MS * 4);
      }
    },
    end: () => db.end(),
  };
};

/** The clinic's accepted claims with their lines, as the payer's 835s will name them. */
export const acceptedClaims = async (db: Client): Promise<Array<AcceptedClaim & { claimId: string }>> => {
  const { rows } = await db.query<{
    id: string;
    pcn: string;
    payer_number: string;
    date_of_service: string;
    lines: AcceptedClaim['lines'];
  }>(`
    SELECT c.id, c.patient_control_number AS pcn, c.payer_claim_control_number AS payer_number,
           to_char(c.date_of_service, 'YYYY-MM-DD') AS date_of_service,
           json_agg(json_build_object('procedureCode', l.procedure_code, 'modifiers', l.modifiers,
                                      'units', l.units, 'chargeMinor', l.amount_minor) ORDER BY l.created_at) AS lines
      FROM claims c JOIN claim_lines l ON l.claim_id = c.id
     WHERE c.status = 'accepted' GROUP BY c.id`);
  return rows.map((row) => ({
    claimId: row.id,
    patientControlNumber: row.pcn,
    payerClaimControlNumber: row.payer_number,
    dateOfService: row.date_of_service,
    lines: row.lines,
  }));
};

/** Notes when billing's ledger first holds each of the claims' decisions (remittance_postings commits with its postings). */
export const watchLedger = async (ownerUrl: string, tenantId: string, claimIds: readonly string[]) => {
  const { db, end } = await clinicDatabase(ownerUrl, tenantId);
  const seen = new Map<string, number>();
  let watching = true;
  const poll = async () => {
    while (watching) {
      const unseen = claimIds.filter((claimId) => !seen.has(claimId));
      const { rows } = await db.query<{ claim_id: string }>(
        `SELECT DISTINCT claim_id FROM remittance_postings WHERE claim_id = ANY($1::uuid[])`,
        [unseen],
      );
      const at = Date.now();
      for (const { claim_id: claimId } of rows) seen.set(claimId, at);
      await pause(POLL_MS);
    }
  };
  const polling = poll();
  return {
    seen,
    until: async (count: number, timeoutMs = 120_000) => {
      const deadline = Date.now() + timeoutMs;
      while (seen.size < count) {
        if (Date.now() > deadline) throw new Error(`only ${seen.size} of ${count} decisions in the ledger`);
        await pause(POLL_MS);
      }
    },
    stop: async () => {
      watching = false;
      await polling;
      await end();
    },
  };
};
