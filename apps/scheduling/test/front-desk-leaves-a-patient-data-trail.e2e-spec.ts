import { INTERNAL_TOKEN_HEADER, signInternalToken } from '@praxis/auth';
import { EventEnvelope, PatientDataAccessed, PayloadOf, Topic } from '@praxis/contracts';
import {
  aCoverage,
  aPatient,
  aUniqueLastName,
  eventually,
  listenToTopic,
  RunningService,
  TEST_INTERNAL_SECRET,
  TopicListener,
} from '@praxis/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { aBookableClinic } from './booking-builders';
import { CalendarBuilder, IdentityEvents } from './calendar-builders';
import { aNewClinic, startScheduling, TestClinic } from './scheduling-harness';

type Access = EventEnvelope<PayloadOf<typeof PatientDataAccessed>>;

describe('the front desk leaves a trace of every patient record it reads or changes', () => {
  let scheduling: RunningService;
  let events: IdentityEvents;
  let calendar: CalendarBuilder;
  let trail: TopicListener;

  beforeAll(async () => {
    scheduling = await startScheduling();
    events = new IdentityEvents();
    calendar = new CalendarBuilder(scheduling, events);
    trail = await listenToTopic(Topic.AuditPatientData);
  });
  afterAll(async () => {
    await trail.stop();
    await events.close();
    await scheduling.close();
  });

  /** A front-desk member of the clinic whose every call carries the request id the test names. */
  const aFrontDeskMember = (setup: { clinic: TestClinic }) => {
    const userId = randomUUID();
    const headers = async (requestId: string) => ({
      [INTERNAL_TOKEN_HEADER]: await signInternalToken(
        { tenantId: setup.clinic.tenantId, userId, roles: ['front_desk'], requestId },
        TEST_INTERNAL_SECRET,
      ),
    });
    return { userId, headers };
  };

  const accessesUntil = async (tenantId: string, lastRequestId: string): Promise<Access[]> =>
    eventually(async () => {
      const received = (await trail.eventsOf(tenantId, 1)) as unknown as Access[];
      expect(received.map((event) => event.payload.requestId)).toContain(lastRequestId);
      return received;
    }, 30_000);

  it('records each patient a search discloses, and the coverage it records, by id only', async () => {
    const setup = await aBookableClinic(scheduling, calendar);
    const desk = aFrontDeskMember(setup);
    const lastName = aUniqueLastName('Okafor');
    const ids: string[] = [];
    for (const firstName of ['Ada', 'Chidi']) {
      const registered = await request(scheduling.url)
        .post('/api/v1/patients')
        .set(await desk.headers(`register-${ids.length}`))
        .send(aPatient({ firstName, lastName }));
      ids.push(registered.body.id);
    }
    await request(scheduling.url)
      .post('/api/v1/patients/search')
      .set(await desk.headers('search'))
      .send({ lastName })
      .expect(200);
    const coverage = aCoverage({ memberId: 'ZX9988776655' });
    await request(scheduling.url)
      .post(`/api/v1/patients/${ids[0]}/coverages`)
      .set(await desk.headers('coverage'))
      .send(coverage)
      .expect(201);

    const received = await accessesUntil(setup.clinic.tenantId, 'coverage');
    const search = received.filter((event) => event.payload.requestId === 'search');
    expect(search).toHaveLength(1);
    expect(search[0].payload).toMatchObject({ service: 'scheduling', actorUserId: desk.userId, action: 'read' });
    expect(search[0].payload.records).toEqual(
      expect.arrayContaining(ids.map((id) => ({ patientId: id, kind: 'demographics', id }))),
    );
    expect(search[0].payload.records).toHaveLength(2);
    const recorded = received.find((event) => event.payload.requestId === 'coverage');
    expect(recorded?.payload).toMatchObject({ action: 'create', records: [{ patientId: ids[0], kind: 'coverage' }] });
    const everything = JSON.stringify(received);
    for (const secret of [lastName, 'Chidi', '1984-07-21', 'ZX9988776655']) expect(everything).not.toContain(secret);
  });

  it('records a retried registration as a read of the patient it answers with', async () => {
    const clinic = aNewClinic();
    const desk = aFrontDeskMember({ clinic });
    const patient = aPatient();
    const key = `register-${randomUUID()}`;
    const first = await request(scheduling.url)
      .post('/api/v1/patients')
      .set({ ...(await desk.headers('first')), 'Idempotency-Key': key })
      .send(patient)
      .expect(201);
    const retried = await request(scheduling.url)
      .post('/api/v1/patients')
      .set({ ...(await desk.headers('retried')), 'Idempotency-Key': key })
      .send(patient)
      .expect(201);
    expect(retried.body.id).toBe(first.body.id);

    const received = await accessesUntil(clinic.tenantId, 'retried');
    const record = { patientId: first.body.id, kind: 'demographics', id: first.body.id };
    expect(received.map((event) => [event.payload.requestId, event.payload.action, event.payload.records])).toEqual([
      ['first', 'create', [record]],
      ['retried', 'read', [record]],
    ]);
  });

  it('leaves no trace of a change the lifecycle refused, and one of each change it applied', async () => {
    const setup = await aBookableClinic(scheduling, calendar);
    const desk = aFrontDeskMember(setup);
    const booked = await request(scheduling.url)
      .post('/api/v1/appointments')
      .set(await desk.headers('book'))
      .send(setup.visit(setup.at(2, '10:00')))
      .expect(201);
    const visit = `/api/v1/appointments/${booked.body.id}`;
    await request(scheduling.url)
      .post(`${visit}/cancel`)
      .set(await desk.headers('cancel'))
      .send({ reason: 'patient called' })
      .expect(200);
    await request(scheduling.url)
      .post(`${visit}/cancel`)
      .set(await desk.headers('cancel-again'))
      .send({ reason: 'twice' })
      .expect(409);
    await request(scheduling.url)
      .get(visit)
      .set(await desk.headers('look'))
      .expect(200);

    // Committed accesses leave in commit order: once the read after it arrived, the refused change would have too.
    const received = await accessesUntil(setup.clinic.tenantId, 'look');
    const byDesk = received.filter((event) => event.payload.actorUserId === desk.userId);
    expect(byDesk.map((event) => [event.payload.requestId, event.payload.action])).toEqual([
      ['book', 'create'],
      ['cancel', 'update'],
      ['look', 'read'],
    ]);
    for (const event of byDesk)
      expect(event.payload.records).toEqual([{ patientId: setup.patientId, kind: 'visit', id: booked.body.id }]);
  });
});
