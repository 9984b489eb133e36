import { aValidNpi, RunningService } from '@praxis/testing';
import request from 'supertest';
import { CalendarBuilder, IdentityEvents } from './calendar-builders';
import { aNewClinic, startScheduling } from './scheduling-harness';

const fields = (response: request.Response) =>
  (response.body.errors ?? []).map((problem: { field: string }) => problem.field);

describe('a clinic manager sets up providers, rooms, appointment types and working hours', () => {
  let scheduling: RunningService;
  let events: IdentityEvents;
  let calendar: CalendarBuilder;

  beforeAll(async () => {
    scheduling = await startScheduling();
    events = new IdentityEvents();
    calendar = new CalendarBuilder(scheduling, events);
  });
  afterAll(async () => {
    await events.close();
    await scheduling.close();
  });

  const api = () => request(scheduling.url);

  it('makes a provider of a staff member with the provider role, named after them by default', async () => {
    const clinic = aNewClinic();
    const userId = await calendar.staffMember(clinic, 'Dr Meredith Grey');
    const manager = await clinic.as('clinic_manager');
    const created = await api()
      .post('/api/v1/providers')
      .set(manager)
      .send({ userId, npi: aValidNpi(), taxonomyCode: '207Q00000X' })
      .expect(201);
    expect(created.body).toMatchObject({
      userId,
      displayName: 'Dr Meredith Grey',
      taxonomyCode: '207Q00000X',
      active: true,
    });
    await api()
      .post('/api/v1/providers')
      .set(manager)
      .send({ userId, npi: aValidNpi(), taxonomyCode: '207Q00000X' })
      .expect(409);
    const renamed = await api()
      .patch(`/api/v1/providers/${created.body.id}`)
      .set(manager)
      .send({ displayName: 'Dr M. Grey', active: false })
      .expect(200);
    expect(renamed.body).toMatchObject({ displayName: 'Dr M. Grey', active: false });
    const listed = await api()
      .get('/api/v1/providers')
      .set(await clinic.as('front_desk'))
      .expect(200);
    expect(listed.body.map((provider: { id: string }) => provider.id)).toEqual([created.body.id]);
  });

  it('refuses a provider who is not a provider (422), a wrong NPI or taxonomy (400), and a front-desk caller (403)', async () => {
    const clinic = aNewClinic();
    const manager = await clinic.as('clinic_manager');
    const receptionist = await calendar.staffMember(clinic, 'Pat Front', ['front_desk']);
    const notProvider = await api()
      .post('/api/v1/providers')
      .set(manager)
      .send({ userId: receptionist, npi: aValidNpi(), taxonomyCode: '207Q00000X' })
      .expect(422);
    expect(notProvider.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(fields(notProvider)).toEqual(['userId']);
    const doctor = await calendar.staffMember(clinic, 'Dr House');
    const invalid = await api()
      .post('/api/v1/providers')
      .set(manager)
      .send({ userId: doctor, npi: '1234567890', taxonomyCode: '207q0000' })
      .expect(400);
    expect(fields(invalid)).toEqual(expect.arrayContaining(['npi', 'taxonomyCode']));
    await api()
      .post('/api/v1/providers')
      .set(await clinic.as('front_desk'))
      .send({ userId: doctor, npi: aValidNpi(), taxonomyCode: '207Q00000X' })
      .expect(403);
  });

  it('validates appointment types and keeps their names unique per clinic', async () => {
    const clinic = aNewClinic();
    const manager = await clinic.as('clinic_manager');
    const valid = {
      name: 'Follow-up',
      durationMinutes: 20,
      bufferAfterMinutes: 10,
      procedureCodes: ['99213', 'G0438', '0001F'],
    };
    const created = await api().post('/api/v1/appointment-types').set(manager).send(valid).expect(201);
    expect(created.body).toMatchObject({ ...valid, bufferBeforeMinutes: 0, active: true });
    await api().post('/api/v1/appointment-types').set(manager).send(valid).expect(409);
    const invalid = await api()
      .post('/api/v1/appointment-types')
      .set(manager)
      .send({ name: 'Odd', durationMinutes: 17, bufferBeforeMinutes: 121, procedureCodes: ['9921'] })
      .expect(400);
    expect(fields(invalid)).toEqual(
      expect.arrayContaining(['durationMinutes', 'bufferBeforeMinutes', 'procedureCodes']),
    );
    await api()
      .post('/api/v1/appointment-types')
      .set(manager)
      .send({ name: 'Marathon', durationMinutes: 485 })
      .expect(400);
    await api().patch(`/api/v1/appointment-types/${created.body.id}`).set(manager).send({ active: false }).expect(200);
    expect((await api().get('/api/v1/appointment-types').set(manager).expect(200)).body).toEqual([]);
    expect(
      (await api().get('/api/v1/appointment-types?includeInactive=true').set(manager).expect(200)).body,
    ).toHaveLength(1);
  });

  it('adds rooms to known locations only, with names unique per location', async () => {
    const clinic = aNewClinic();
    const manager = await clinic.as('clinic_manager');
    const downtown = await calendar.location(clinic, 'Downtown');
    const uptown = await calendar.location(clinic, 'Uptown');
    await api().post('/api/v1/rooms').set(manager).send({ locationId: downtown, name: 'Exam 1' }).expect(201);
    await api().post('/api/v1/rooms').set(manager).send({ locationId: uptown, name: 'Exam 1' }).expect(201);
    await api().post('/api/v1/rooms').set(manager).send({ locationId: downtown, name: 'Exam 1' }).expect(409);
    const unknown = await api()
      .post('/api/v1/rooms')
      .set(manager)
      .send({ locationId: clinic.tenantId, name: 'Exam 9' })
      .expect(422);
    expect(fields(unknown)).toEqual(['locationId']);
    const rooms = await api()
      .get(`/api/v1/rooms?locationId=${downtown}`)
      .set(await clinic.as('provider'))
      .expect(200);
    expect(rooms.body.map((room: { name: string }) => room.name)).toEqual(['Exam 1']);
  });

  it('sets weekly hours per location and refuses overlaps, even across locations', async () => {
    const clinic = aNewClinic();
    const manager = await clinic.as('clinic_manager');
    const [downtown, uptown] = [await calendar.location(clinic, 'Downtown'), await calendar.location(clinic, 'Uptown')];
    const provider = await calendar.provider(clinic);
    const hoursAt = (locationId: string) =>
      api().put(`/api/v1/availability/providers/${provider.id}/locations/${locationId}/working-hours`).set(manager);
    const set = await hoursAt(downtown)
      .send({
        hours: [
          { weekday: 1, start: '09:00', end: '12:00' },
          { weekday: 1, start: '13:00', end: '17:00' },
        ],
      })
      .expect(200);
    expect(set.body.map((range: { start: string; end: string }) => `${range.start}-${range.end}`)).toEqual([
      '09:00-12:00',
      '13:00-17:00',
    ]);
    const inverted = await hoursAt(uptown)
      .send({ hours: [{ weekday: 2, start: '17:00', end: '09:00' }] })
      .expect(400);
    expect(fields(inverted)).toEqual(['hours.0.end']);
    const overlapping = await hoursAt(uptown)
      .send({
        hours: [
          { weekday: 2, start: '09:00', end: '12:00' },
          { weekday: 2, start: '11:00', end: '13:00' },
        ],
      })
      .expect(400);
    expect(fields(overlapping)).toEqual(['hours.1']);
    const badClock = await hoursAt(uptown)
      .send({ hours: [{ weekday: 8, start: '9:00', end: '24:00' }] })
      .expect(400);
    expect(fields(badClock)).toEqual(expect.arrayContaining(['hours.0.weekday', 'hours.0.start', 'hours.0.end']));
    const elsewhere = await hoursAt(uptown)
      .send({ hours: [{ weekday: 1, start: '12:00', end: '14:00' }] })
      .expect(409);
    expect(fields(elsewhere)).toEqual(['hours.0']);
    await hoursAt(uptown)
      .send({ hours: [{ weekday: 1, start: '12:00', end: '13:00' }] })
      .expect(200);
    const week = await api()
      .get(`/api/v1/availability/providers/${provider.id}/working-hours`)
      .set(await clinic.as('front_desk'))
      .expect(200);
    expect(week.body).toHaveLength(3);
    await api()
      .delete(`/api/v1/availability/providers/${provider.id}/locations/${uptown}/working-hours`)
      .set(manager)
      .expect(204);
    expect(
      (await api().get(`/api/v1/availability/providers/${provider.id}/working-hours`).set(manager).expect(200)).body,
    ).toHaveLength(2);
  });

  it('hides one clinic’s calendar from another: 404 and empty lists', async () => {
    const clinic = aNewClinic();
    const other = aNewClinic();
    const provider = await calendar.provider(clinic);
    const typeId = await calendar.appointmentType(clinic);
    const otherManager = await other.as('clinic_manager');
    await api().get(`/api/v1/providers/${provider.id}`).set(otherManager).expect(404);
    await api().patch(`/api/v1/providers/${provider.id}`).set(otherManager).send({ active: false }).expect(404);
    await api().get(`/api/v1/appointment-types/${typeId}`).set(otherManager).expect(404);
    await api().get(`/api/v1/availability/providers/${provider.id}/working-hours`).set(otherManager).expect(404);
    expect((await api().get('/api/v1/providers').set(otherManager).expect(200)).body).toEqual([]);
    expect((await api().get('/api/v1/appointment-types').set(otherManager).expect(200)).body).toEqual([]);
    await api()
      .post('/api/v1/providers')
      .set(otherManager)
      .send({ userId: provider.userId, npi: aValidNpi(), taxonomyCode: '207Q00000X' })
      .expect(422);
  });
});
