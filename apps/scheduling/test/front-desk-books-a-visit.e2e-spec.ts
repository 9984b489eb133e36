import { AppointmentCompleted, CredentialExpired, CredentialRenewed, Topic } from '@praxis/contracts';
import { TenantTransactions } from '@praxis/tenancy';
import { eventually, FixedClock, listenToTopic, RunningService, TopicListener } from '@praxis/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { aBookableClinic, BookableClinic, registerPatient } from './booking-builders';
import { CalendarBuilder, IdentityEvents } from './calendar-builders';
import { startScheduling } from './scheduling-harness';

// The service's clock stands on Monday 2 March 2026, 08:00 in Chicago; visits are booked days from then.
const TODAY = '2026-03-02T08:00:00-06:00';

describe('the front desk books a visit', () => {
  let scheduling: RunningService;
  let events: IdentityEvents;
  let calendar: CalendarBuilder;
  let appointmentEvents: TopicListener;

  beforeAll(async () => {
    scheduling = await startScheduling({}, new FixedClock(new Date(TODAY)));
    events = new IdentityEvents();
    calendar = new CalendarBuilder(scheduling, events);
    appointmentEvents = await listenToTopic(Topic.SchedulingAppointments);
  });
  afterAll(async () => {
    await appointmentEvents.stop();
    await events.close();
    await scheduling.close();
  });

  const book = async (setup: BookableClinic, body: Record<string, string>, headers: Record<string, string> = {}) =>
    request(scheduling.url)
      .post('/api/v1/appointments')
      .set({ ...(await setup.clinic.as('front_desk')), ...headers })
      .send(body);
  const act = async (setup: BookableClinic, id: string, action: string, body: object = {}) =>
    request(scheduling.url)
      .post(`/api/v1/appointments/${id}/${action}`)
      .set(await setup.clinic.as('front_desk'))
      .send(body);

  it('books a visit that then shows in the provider’s and the location’s day and the patient’s history', async () => {
    const setup = await aBookableClinic(scheduling, calendar);
    const startsAt = setup.at(2, '10:00');
    const booked = await book(setup, setup.visit(startsAt));
    expect(booked.status).toBe(201);
    const onTheWallClock = { timeZone: 'America/Chicago', localDate: '2026-03-04', localTime: '10:00' };
    expect(booked.body).toMatchObject({ status: 'booked', ...onTheWallClock });
    expect(Date.parse(booked.body.endsAt) - Date.parse(booked.body.startsAt)).toBe(30 * 60_000);
    const date = startsAt.slice(0, 10);
    const headers = await setup.clinic.as('front_desk');
    const providerDay = await request(scheduling.url)
      .get(`/api/v1/schedules/providers/${setup.provider.id}?date=${date}&timeZone=America/Chicago`)
      .set(headers)
      .expect(200);
    const locationWeek = await request(scheduling.url)
      .get(`/api/v1/schedules/locations/${setup.locationId}?date=${date}&span=week`)
      .set(headers)
      .expect(200);
    const history = await request(scheduling.url)
      .get(`/api/v1/patients/${setup.patientId}/appointments`)
      .set(headers)
      .expect(200);
    const fetched = await request(scheduling.url)
      .get(`/api/v1/appointments/${booked.body.id}`)
      .set(headers)
      .expect(200);
    expect(fetched.body).toMatchObject(onTheWallClock);
    for (const listed of [providerDay.body.appointments, locationWeek.body.appointments, history.body]) {
      expect(listed).toEqual([expect.objectContaining({ id: booked.body.id, ...onTheWallClock })]);
    }
    expect(locationWeek.body.timeZone).toBe('America/Chicago');
  });

  it('refuses a double booking with 409 and offers the next free slots, buffer included', async () => {
    const setup = await aBookableClinic(scheduling, calendar);
    const startsAt = setup.at(2, '10:00');
    await book(setup, setup.visit(startsAt)).then((response) => expect(response.status).toBe(201));
    const otherPatient = await registerPatient(scheduling, setup.clinic);
    const refused = await book(setup, setup.visit(setup.at(2, '10:15'), otherPatient));
    expect(refused.status).toBe(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.nextFreeSlots.length).toBeGreaterThan(0);
    expect(Date.parse(refused.body.nextFreeSlots[0].startsAt)).toBeGreaterThanOrEqual(
      Date.parse(startsAt) + 40 * 60_000,
    );
    expect(refused.body.nextFreeSlots[0]).toMatchObject({
      localDate: '2026-03-04',
      localTime: '10:45',
      timeZone: 'America/Chicago',
    });
  });

  it('refuses the patient a second visit at the same time with another provider, unless the booking means it', async () => {
    const setup = await aBookableClinic(scheduling, calendar);
    const held = await book(setup, setup.visit(setup.at(2, '10:00')));
    const colleague = await calendar.provider(setup.clinic, 'Dr Yang');
    await calendar.workingHours(setup.clinic, colleague.id, setup.locationId);
    const withColleague = { ...setup.visit(setup.at(2, '10:15')), providerId: colleague.id };
    const refused = await book(setup, withColleague);
    expect(refused.status).toBe(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.detail).toMatch(/^the patient already has a visit then \(10:00 on 2026-03-04 with Dr Grey\)/);
    expect(refused.body.patientVisits).toEqual([expect.objectContaining({ appointmentId: held.body.id })]);
    const meant = await request(scheduling.url)
      .post('/api/v1/appointments')
      .set(await setup.clinic.as('front_desk'))
      .send({ ...withColleague, allowPatientOverlap: true });
    expect(meant.status).toBe(201);
    expect(meant.body.allowPatientOverlap).toBe(true);
  });

  it('returns the first booking to a retried request with the same Idempotency-Key', async () => {
    const setup = await aBookableClinic(scheduling, calendar);
    const body = setup.visit(setup.at(3, '11:00'));
    const key = { 'Idempotency-Key': `booking-${randomUUID()}` };
    const first = await book(setup, body, key);
    const retried = await book(setup, body, key);
    expect(first.status).toBe(201);
    expect(retried.status).toBe(201);
    expect(retried.body.id).toBe(first.body.id);
    const reused = await book(setup, setup.visit(setup.at(3, '13:00')), key);
    expect(reused.status).toBe(422);
    const history = await request(scheduling.url)
      .get(`/api/v1/patients/${setup.patientId}/appointments`)
      .set(await setup.clinic.as('front_desk'));
    expect(history.body).toHaveLength(1);
  });

  it('explains why a visit cannot be booked, naming the field, and writes nothing', async () => {
    const setup = await aBookableClinic(scheduling, calendar);
    const evening = await book(setup, setup.visit(setup.at(2, '20:00')));
    expect(evening.status).toBe(422);
    expect(evening.body.errors[0].field).toBe('startsAt');
    expect(evening.body.detail).toMatch(/working hours/);
    const offGrid = await book(setup, setup.visit(setup.at(2, '09:47')));
    expect(offGrid.status).toBe(422);
    expect(offGrid.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(offGrid.body.errors[0]).toMatchObject({
      field: 'startsAt',
      message: expect.stringMatching(/09:45 or 10:00/),
    });
    const stranger = await book(setup, setup.visit(setup.at(2, '10:00'), randomUUID()));
    expect(stranger.status).toBe(422);
    expect(stranger.body.errors[0].field).toBe('patientId');
    const noOffset = await book(setup, setup.visit('2030-01-07T10:00:00'));
    expect(noOffset.status).toBe(400);
    expect(noOffset.body.errors[0].field).toBe('startsAt');
    const impossible = await book(setup, setup.visit('2030-02-30T10:00:00-06:00'));
    expect(impossible.status).toBe(400);
    const elsewhere = await book(setup, { ...setup.visit(setup.at(2, '10:00')), roomId: randomUUID() });
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.errors[0].field).toBe('roomId');
    const past = await book(setup, setup.visit(setup.at(-1, '10:00')));
    expect(past.status).toBe(422);
    const history = await request(scheduling.url)
      .get(`/api/v1/patients/${setup.patientId}/appointments`)
      .set(await setup.clinic.as('front_desk'));
    expect(history.body).toEqual([]);
  });

  it('walks a visit through check-in and completion, and refuses illegal steps with 409', async () => {
    const setup = await aBookableClinic(scheduling, calendar);
    const { body: appointment } = await book(setup, setup.visit(setup.at(0, '09:00')));
    expect(
      (
        await act(setup, appointment.id, 'complete', {
          diagnoses: ['J06.9'],
          procedures: [{ code: '99213', units: 1, diagnosisPointers: [1] }],
        })
      ).status,
    ).toBe(409);
    expect((await act(setup, appointment.id, 'check-in')).status).toBe(200);
    expect((await act(setup, appointment.id, 'no-show')).status).toBe(409);
    expect((await act(setup, appointment.id, 'reschedule', { startsAt: setup.at(3, '09:00') })).status).toBe(409);
    const badCodes = await act(setup, appointment.id, 'complete', {
      diagnoses: ['J06-9'],
      procedures: [{ code: '9921', units: 1, diagnosisPointers: [1] }],
    });
    expect(badCodes.status).toBe(400);
    expect(badCodes.body.errors.map((error: { field: string }) => error.field)).toEqual(
      expect.arrayContaining(['diagnoses', 'procedures.0.code']),
    );
    const dangling = await act(setup, appointment.id, 'complete', {
      diagnoses: ['J06.9'],
      procedures: [{ code: '99213', units: 1, diagnosisPointers: [2] }],
    });
    expect(dangling.status).toBe(422);
    const visit = {
      diagnoses: ['J06.9', 'R05.9'],
      procedures: [
        { code: '99213', modifiers: ['25'], units: 1, diagnosisPointers: [1, 2] },
        { code: '87880', units: 1, diagnosisPointers: [1] },
      ],
    };
    const completed = await act(setup, appointment.id, 'complete', visit);
    expect(completed.status).toBe(200);
    expect(completed.body).toMatchObject({ status: 'completed', diagnoses: visit.diagnoses });
    expect((await act(setup, appointment.id, 'cancel', { reason: 'too late' })).status).toBe(409);
    const sent = await appointmentEvents.eventsOf(setup.clinic.tenantId, 3);
    const event = sent.find((envelope) => envelope.type === AppointmentCompleted.type);
    expect(event?.payload).toMatchObject({
      appointmentId: appointment.id,
      diagnoses: visit.diagnoses,
      procedures: [
        expect.objectContaining({ code: '99213', modifiers: ['25'] }),
        expect.objectContaining({ code: '87880', modifiers: [] }),
      ],
    });
    expect(event?.payload.renderingProviderNpi).toMatch(/^\d{10}$/);
  });

  it('refuses to check in before the visit’s day or mark a no-show before it starts, saying why', async () => {
    const setup = await aBookableClinic(scheduling, calendar);
    const { body: appointment } = await book(setup, setup.visit(setup.at(1, '09:00')));
    const checkIn = await act(setup, appointment.id, 'check-in');
    expect(checkIn.status).toBe(409);
    expect(checkIn.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(checkIn.body).toMatchObject({
      detail: 'a patient can be checked in only on the day of the visit (2026-03-03); it is 2026-03-02 at the clinic',
      localDate: '2026-03-03',
      localTime: '09:00',
      timeZone: 'America/Chicago',
    });
    const noShow = await act(setup, appointment.id, 'no-show');
    expect(noShow.status).toBe(409);
    expect(noShow.body.detail).toMatch(/only after the visit has started \(09:00 on 2026-03-03\)/);
    await request(scheduling.url)
      .get(`/api/v1/appointments/${appointment.id}`)
      .set(await setup.clinic.as('front_desk'))
      .expect(200)
      .expect(({ body }) => expect(body.status).toBe('booked'));
  });

  it('frees the old time when a visit is rescheduled or cancelled', async () => {
    const setup = await aBookableClinic(scheduling, calendar);
    const nine = setup.at(2, '09:00');
    const { body: first } = await book(setup, setup.visit(nine));
    const moved = await act(setup, first.id, 'reschedule', { startsAt: setup.at(2, '14:00') });
    expect(moved.status).toBe(200);
    expect(Date.parse(moved.body.startsAt)).toBe(Date.parse(setup.at(2, '14:00')));
    expect(moved.body).toMatchObject({ localDate: '2026-03-04', localTime: '14:00' });
    const second = await book(setup, setup.visit(nine, await registerPatient(scheduling, setup.clinic)));
    expect(second.status).toBe(201);
    expect((await act(setup, second.body.id, 'cancel', { reason: 'patient called' })).status).toBe(200);
    expect((await book(setup, setup.visit(nine))).status).toBe(201);
    expect((await act(setup, second.body.id, 'cancel', {})).status).toBe(400);
  });

  it('cannot book a provider whose scheduling-blocking credential expired, until it is renewed', async () => {
    const setup = await aBookableClinic(scheduling, calendar);
    const credential = {
      userId: setup.provider.userId,
      credentialId: randomUUID(),
      credentialName: 'BLS',
      blocksScheduling: true,
    };
    await events.publish(CredentialExpired, setup.clinic.tenantId, credential.credentialId, {
      ...credential,
      expiredOn: '2026-11-01',
    });
    const blocked = await eventuallyStatus(() => book(setup, setup.visit(setup.at(2, '10:00'))), 409);
    expect(blocked.body.detail).toMatch(/BLS expired on 2026-11-01/);
    await events.publish(CredentialRenewed, setup.clinic.tenantId, credential.credentialId, {
      ...credential,
      validUntil: '2028-11-01',
    });
    // Another time than the first tries: one made before the expiry reached scheduling may have booked 10:00.
    await eventuallyStatus(() => book(setup, setup.visit(setup.at(2, '11:00'))), 201);
  });

  it('keeps a renewal when an older expiry arrives after it', async () => {
    const setup = await aBookableClinic(scheduling, calendar);
    const credential = {
      userId: setup.provider.userId,
      credentialId: randomUUID(),
      credentialName: 'DEA',
      blocksScheduling: true,
    };
    await events.publish(CredentialRenewed, setup.clinic.tenantId, credential.credentialId, {
      ...credential,
      validUntil: '2028-11-01',
    });
    const lateExpiry = await events.publish(
      CredentialExpired,
      setup.clinic.tenantId,
      credential.credentialId,
      { ...credential, expiredOn: '2026-11-01' },
      new Date(Date.now() - 3_600_000),
    );
    await eventually(async () => {
      const handled: unknown[] = await scheduling.app
        .get(TenantTransactions)
        .runFor(setup.clinic.tenantId, (manager) =>
          manager.query('SELECT 1 FROM inbox_events WHERE event_id = $1', [lateExpiry]),
        );
      expect(handled).toHaveLength(1);
    }, 30_000);
    expect((await book(setup, setup.visit(setup.at(2, '10:00')))).status).toBe(201);
  });

  it('keeps one clinic’s appointments from another: 404 and empty views', async () => {
    const setup = await aBookableClinic(scheduling, calendar);
    const { body: appointment } = await book(setup, setup.visit(setup.at(2, '10:00')));
    const other = await aBookableClinic(scheduling, calendar);
    const stranger = await other.clinic.as('front_desk');
    await request(scheduling.url).get(`/api/v1/appointments/${appointment.id}`).set(stranger).expect(404);
    await request(scheduling.url)
      .post(`/api/v1/appointments/${appointment.id}/cancel`)
      .set(stranger)
      .send({ reason: 'x' })
      .expect(404);
    const view = await request(scheduling.url)
      .get(`/api/v1/schedules/providers/${setup.provider.id}?date=${setup.at(2, '10:00').slice(0, 10)}`)
      .set(stranger)
      .expect(200);
    expect(view.body.appointments).toEqual([]);
    const billing = await setup.clinic.as('billing_clerk');
    await request(scheduling.url)
      .post('/api/v1/appointments')
      .set(billing)
      .send(setup.visit(setup.at(2, '11:00')))
      .expect(403);
  });
});

const eventuallyStatus = async (call: () => Promise<request.Response>, status: number): Promise<request.Response> => {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const response = await call();
    if (response.status === status || Date.now() > deadline) {
      expect(response.status).toBe(status);
      return response;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};
