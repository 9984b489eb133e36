import { randomUUID } from 'node:crypto';
import { buildEnvelope, PatientDataAccessed, PatientRecordRef } from '@praxis/contracts';
import {
  aClinicSignUp,
  eventually,
  internalHeaders,
  RunningService,
  sharedInfrastructure,
  startService,
} from '@praxis/testing';
import { Kafka, logLevel, Producer } from 'kafkajs';
import request from 'supertest';
import { IDENTITY_SERVICE, IdentityModule } from '../src/identity.module';
import { identityTestConfig } from './identity-test-config';

interface TrailLine {
  service: string;
  actorUserId: string | null;
  action: string;
  patientId: string | null;
  recordId: string | null;
  requestId: string | null;
  occurredAt: string;
}

describe('the clinic admin reads the trail of patient data that other services report (identity service)', () => {
  let identity: RunningService;
  let producer: Producer;

  beforeAll(async () => {
    const config = identityTestConfig({ KAFKA_CONSUMER_GROUP: `praxis-identity-test-${randomUUID()}` });
    identity = await startService(IdentityModule.register(config), {
      serviceName: IDENTITY_SERVICE,
      consumerBrokers: config.KAFKA_BROKERS,
      consumerGroup: config.KAFKA_CONSUMER_GROUP,
    });
    producer = new Kafka({
      clientId: 'test-scheduling',
      brokers: sharedInfrastructure().kafkaBrokers,
      logLevel: logLevel.NOTHING,
    }).producer();
    await producer.connect();
  });
  afterAll(async () => {
    await producer?.disconnect();
    await identity?.close();
  });

  const aClinic = async () => {
    const response = await request(identity.url)
      .post('/api/v1/clinics')
      .set(await internalHeaders())
      .send(aClinicSignUp())
      .expect(201);
    const { clinicId, adminUserId } = response.body as { clinicId: string; adminUserId: string };
    return { clinicId, admin: () => internalHeaders({ tenantId: clinicId, userId: adminUserId, roles: ['admin'] }) };
  };

  const anAccess = (tenantId: string, actorUserId: string, records: PatientRecordRef[], requestId: string) =>
    buildEnvelope(PatientDataAccessed, {
      tenantId,
      aggregateId: actorUserId,
      correlationId: requestId,
      payload: {
        service: 'scheduling',
        actorUserId,
        action: 'read',
        records,
        occurredAt: '2026-03-02T15:04:05.000Z',
        requestId,
      },
    });

  const deliver = (...envelopes: Array<ReturnType<typeof anAccess>>) =>
    producer.send({
      topic: PatientDataAccessed.topic,
      messages: envelopes.map((envelope) => ({ key: envelope.aggregateId, value: JSON.stringify(envelope) })),
    });

  const trail = async (headers: Record<string, string>, query: Record<string, string>): Promise<TrailLine[]> => {
    const response = await request(identity.url).get('/api/v1/audit-events').query(query).set(headers).expect(200);
    return response.body.items as TrailLine[];
  };

  it('lists each disclosed record once per patient and per staff member, even when the event arrives twice', async () => {
    const { clinicId, admin } = await aClinic();
    const [frontDesk, maria, daniel] = [randomUUID(), randomUUID(), randomUUID()];
    const search = anAccess(
      clinicId,
      frontDesk,
      [
        { patientId: maria, kind: 'demographics', id: maria },
        { patientId: daniel, kind: 'demographics', id: daniel },
      ],
      'search-1',
    );
    const coverage = anAccess(clinicId, frontDesk, [{ patientId: maria, kind: 'coverage', id: null }], 'coverage-1');
    const visitId = randomUUID();
    const visit = anAccess(clinicId, frontDesk, [{ patientId: maria, kind: 'visit', id: visitId }], 'visit-1');
    // Same key, so one partition, in this order: once the visit is listed, the redelivered search has been handled too.
    await deliver(search, coverage, search, visit);

    const headers = await admin();
    await eventually(async () =>
      expect((await trail(headers, { patientId: maria })).map((line) => line.requestId)).toContain('visit-1'),
    );
    expect(await trail(headers, { patientId: maria })).toEqual([
      expect.objectContaining({
        service: 'scheduling',
        actorUserId: frontDesk,
        action: 'demographics:read',
        recordId: maria,
        requestId: 'search-1',
        occurredAt: '2026-03-02T15:04:05.000Z',
      }),
      expect.objectContaining({ action: 'coverage:read', recordId: null, requestId: 'coverage-1' }),
      expect.objectContaining({ action: 'visit:read', recordId: visitId, requestId: 'visit-1' }),
    ]);
    const byStaff = await trail(headers, { actorUserId: frontDesk });
    expect(byStaff.map((line) => `${line.patientId} ${line.action}`).sort()).toEqual(
      [
        `${maria} demographics:read`,
        `${daniel} demographics:read`,
        `${maria} coverage:read`,
        `${maria} visit:read`,
      ].sort(),
    );
  });

  it('shows another clinic nothing of it', async () => {
    const first = await aClinic();
    const second = await aClinic();
    const [frontDesk, patient] = [randomUUID(), randomUUID()];
    await deliver(
      anAccess(first.clinicId, frontDesk, [{ patientId: patient, kind: 'visit', id: randomUUID() }], 'visit-1'),
    );
    await eventually(async () => expect(await trail(await first.admin(), { patientId: patient })).toHaveLength(1));
    expect(await trail(await second.admin(), { patientId: patient })).toEqual([]);
    expect(await trail(await second.admin(), { actorUserId: frontDesk })).toEqual([]);
  });

  it('refuses a filter that is not an id with 400 problem+json naming it', async () => {
    const { admin } = await aClinic();
    const response = await request(identity.url)
      .get('/api/v1/audit-events')
      .query({ patientId: 'Rivera' })
      .set(await admin())
      .expect(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'patientId' })]);
  });
});
