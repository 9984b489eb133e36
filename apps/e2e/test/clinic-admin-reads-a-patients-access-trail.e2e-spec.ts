import { randomUUID } from 'node:crypto';
import {
  aClinicSignUp,
  aClinicThroughTheGateway,
  A_STRONG_PASSWORD,
  BuiltService,
  eventually,
  GatewayClinic,
  serviceTestEnvironment,
  startBuiltGateway,
  startBuiltScheduling,
  startBuiltService,
  TEST_ACCESS_SECRET,
} from '@praxis/testing';
import request from 'supertest';
import { aSignedInStaffMember, SignedInStaffMember } from './support/system-with-a-clinic';

interface TrailLine {
  service: string;
  actorUserId: string | null;
  action: string;
  patientId: string | null;
  recordId: string | null;
  requestId: string | null;
  occurredAt: string;
}

const ownGroup = (service: string) => ({ KAFKA_CONSUMER_GROUP: `praxis-${service}-test-${randomUUID()}` });

describe('the clinic admin reads who saw and changed a patient’s data, through the gateway', () => {
  let identity: BuiltService;
  let scheduling: BuiltService;
  let gateway: BuiltService;
  let clinic: GatewayClinic;
  let frontDesk: SignedInStaffMember;

  beforeAll(async () => {
    [identity, scheduling] = await Promise.all([
      startBuiltService('identity', {
        ...serviceTestEnvironment('identity'),
        ACCESS_TOKEN_SECRET: TEST_ACCESS_SECRET,
        ...ownGroup('identity'),
      }),
      startBuiltScheduling(ownGroup('scheduling')),
    ]);
    gateway = await startBuiltGateway({ identity: identity.url, scheduling: scheduling.url });
    clinic = await aClinicThroughTheGateway(gateway.url, { patients: 0 });
    frontDesk = await aSignedInStaffMember(gateway.url, clinic.bearer, ['front_desk']);
  }, 120_000);
  afterAll(async () => {
    await gateway?.stop();
    await scheduling?.stop();
    await identity?.stop();
  });

  const asFrontDesk = (method: 'get' | 'post' | 'patch', path: string, requestId: string) =>
    request(gateway.url)[method](path).set({ authorization: frontDesk.bearer, 'x-request-id': requestId });

  const trailOf = async (bearer: string, query: Record<string, string>): Promise<TrailLine[]> => {
    const lines: TrailLine[] = [];
    let cursor: string | null = null;
    do {
      const page: request.Response = await request(gateway.url)
        .get('/api/v1/audit-events')
        .query({ ...query, limit: 4, ...(cursor ? { cursor } : {}) })
        .set('authorization', bearer)
        .expect(200);
      lines.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    return lines;
  };

  /** The front desk's day with one patient: every step a read or a change of that patient's data. */
  const aFrontDeskDayWith = async (lastName: string, run: string) => {
    const id = (step: string) => `${run}-${step}`;
    const address = { line1: '42 Lake Shore Dr', city: 'Chicago', state: 'IL', postalCode: '60611' };
    const patient = {
      firstName: 'Maria',
      lastName,
      dateOfBirth: '1984-07-21',
      sex: 'female',
      address,
      phone: '312-555-0142',
    };
    const registered = await asFrontDesk('post', '/api/v1/patients', id('register')).send(patient).expect(201);
    const patientId: string = registered.body.id;
    await asFrontDesk('get', `/api/v1/patients/${patientId}`, id('read')).expect(200);
    const found = await asFrontDesk('post', '/api/v1/patients/search', id('search')).send({ lastName }).expect(200);
    expect(found.body.items.map((item: { id: string }) => item.id)).toEqual([patientId]);
    await asFrontDesk('patch', `/api/v1/patients/${patientId}`, id('update'))
      .send({ phone: '312-555-0199' })
      .expect(200);
    const coverage = {
      payerId: '60054',
      payerName: 'Aetna',
      memberId: 'W123456789',
      subscriber: { relationship: 'self' },
      rank: 'primary',
      effectiveFrom: '2025-01-01',
    };
    const recorded = await asFrontDesk('post', `/api/v1/patients/${patientId}/coverages`, id('coverage'))
      .send(coverage)
      .expect(201);
    await asFrontDesk('get', `/api/v1/patients/${patientId}/coverages`, id('coverages')).expect(200);
    const [startsAt] = clinic.slotStarts(1, 2);
    const visit = {
      patientId,
      providerId: clinic.providerId,
      locationId: clinic.locationId,
      appointmentTypeId: clinic.appointmentTypeId,
      startsAt,
    };
    const booked = await asFrontDesk('post', '/api/v1/appointments', id('book')).send(visit).expect(201);
    await asFrontDesk('post', `/api/v1/appointments/${booked.body.id}/cancel`, id('cancel'))
      .send({ reason: 'patient called' })
      .expect(200);
    await asFrontDesk('post', `/api/v1/appointments/${booked.body.id}/cancel`, id('cancel-again'))
      .send({ reason: 'twice' })
      .expect(409);
    await asFrontDesk(
      'get',
      `/api/v1/schedules/providers/${clinic.providerId}?date=${startsAt.slice(0, 10)}&timeZone=${clinic.timeZone}`,
      id('day'),
    ).expect(200);
    await asFrontDesk('get', `/api/v1/patients/${patientId}/appointments`, id('history')).expect(200);
    return { patientId, coverageId: recorded.body.id as string, appointmentId: booked.body.id as string };
  };

  it('lists who did what to the patient’s data, when and in which request, and nothing for a change that was refused', async () => {
    const run = `desk-${randomUUID().slice(0, 8)}`;
    const startedAt = Date.now();
    const { patientId, coverageId, appointmentId } = await aFrontDeskDayWith(`Rivera-${run}`, run);
    const expected = [
      ['demographics:create', patientId, 'register'],
      ['demographics:read', patientId, 'read'],
      ['demographics:read', patientId, 'search'],
      ['demographics:update', patientId, 'update'],
      ['coverage:create', coverageId, 'coverage'],
      ['coverage:read', coverageId, 'coverages'],
      ['visit:create', appointmentId, 'book'],
      ['visit:update', appointmentId, 'cancel'],
      ['visit:read', appointmentId, 'day'],
      ['visit:read', appointmentId, 'history'],
    ].map(([action, recordId, step]) => ({ action, recordId, requestId: `${run}-${step}` }));

    // One staff member's accesses travel in order on one partition: once the last step is in, the refused one would be too.
    const trail = await eventually(async () => {
      const lines = await trailOf(clinic.bearer, { patientId });
      expect(lines.map(({ action, recordId, requestId }) => ({ action, recordId, requestId }))).toEqual(expected);
      return lines;
    }, 30_000);
    for (const line of trail) {
      expect(line).toMatchObject({ service: 'scheduling', actorUserId: frontDesk.userId, patientId });
      expect(Date.parse(line.occurredAt)).toBeGreaterThanOrEqual(startedAt - 1_000);
      expect(Date.parse(line.occurredAt)).toBeLessThanOrEqual(Date.now());
    }
    expect(trail.map((line) => line.requestId)).not.toContain(`${run}-cancel-again`);

    const staffTrail = await trailOf(clinic.bearer, { actorUserId: frontDesk.userId });
    expect(staffTrail.filter((line) => line.patientId === patientId)).toEqual(trail);
  });

  it('shows another clinic’s admin nothing of it, and keeps the trail from the front desk', async () => {
    const run = `desk-${randomUUID().slice(0, 8)}`;
    const { patientId } = await aFrontDeskDayWith(`Okafor-${run}`, run);
    await eventually(async () => expect(await trailOf(clinic.bearer, { patientId })).not.toHaveLength(0), 30_000);
    const otherClinic = aClinicSignUp();
    await request(gateway.url).post('/api/v1/clinics').send(otherClinic).expect(201);
    const session = await request(gateway.url)
      .post('/api/v1/auth/login')
      .send({ email: otherClinic.admin.email, password: A_STRONG_PASSWORD })
      .expect(200);
    const otherAdmin = `Bearer ${session.body.accessToken}`;
    expect(await trailOf(otherAdmin, { patientId })).toEqual([]);
    expect(await trailOf(otherAdmin, { actorUserId: frontDesk.userId })).toEqual([]);
    await request(gateway.url)
      .get('/api/v1/audit-events')
      .query({ patientId })
      .set('authorization', frontDesk.bearer)
      .expect(403);
  });
});
