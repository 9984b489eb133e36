import { randomUUID } from 'node:crypto';
import {
  aClinicSignUp,
  aStaffMember,
  A_STRONG_PASSWORD,
  internalHeaders,
  RunningService,
  startService,
  TEST_ACCESS_SECRET,
} from '@praxis/testing';
import { verifyAccessToken } from '@praxis/auth';
import request from 'supertest';
import { IDENTITY_SERVICE, IdentityModule } from '../src/identity.module';
import { identityTestConfig } from './identity-test-config';

describe('a clinic admin signs up and manages staff (identity service)', () => {
  let identity: RunningService;

  beforeAll(async () => {
    identity = await startService(IdentityModule.register(identityTestConfig()), { serviceName: IDENTITY_SERVICE });
  });
  afterAll(() => identity.close());

  const signUp = async () => {
    const form = aClinicSignUp();
    const response = await request(identity.url)
      .post('/api/v1/clinics')
      .set(await internalHeaders())
      .send(form)
      .expect(201);
    return { form, clinicId: response.body.clinicId as string, adminUserId: response.body.adminUserId as string };
  };
  const login = async (email: string, expectedStatus: number, password = A_STRONG_PASSWORD) =>
    request(identity.url)
      .post('/api/v1/auth/login')
      .set(await internalHeaders())
      .send({ email, password })
      .expect(expectedStatus);
  const asAdmin = (clinicId: string, adminUserId: string) =>
    internalHeaders({ tenantId: clinicId, userId: adminUserId, roles: ['admin'] });
  const aLocationIn = async (admin: Record<string, string>, name: string): Promise<string> => {
    const address = { line1: '1 Elm St', city: 'Albany', state: 'NY', postalCode: '12207' };
    const location = await request(identity.url)
      .post('/api/v1/locations')
      .set(admin)
      .send({ name, timeZone: 'America/New_York', address })
      .expect(201);
    return location.body.id as string;
  };

  it('signs up a clinic whose admin can log in with a short-lived token carrying the clinic and role', async () => {
    const { form, clinicId, adminUserId } = await signUp();
    const session = await login(form.admin.email, 200);
    const claims = await verifyAccessToken(session.body.accessToken, TEST_ACCESS_SECRET);
    expect(claims).toMatchObject({ tenantId: clinicId, userId: adminUserId, roles: ['admin'] });
    expect(session.body.expiresIn).toBeLessThanOrEqual(900);
  });

  it('refuses a second account with the same email, leaving no half-created clinic behind', async () => {
    const { form } = await signUp();
    const duplicate = aClinicSignUp();
    duplicate.admin.email = form.admin.email;
    const response = await request(identity.url)
      .post('/api/v1/clinics')
      .set(await internalHeaders())
      .send(duplicate)
      .expect(409);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    const session = await login(form.admin.email, 200);
    const claims = await verifyAccessToken(session.body.accessToken, TEST_ACCESS_SECRET);
    expect(claims.tenantId).not.toBeUndefined();
  });

  it('rejects malformed JSON, unknown fields and wrong types with 400 problem+json naming the field', async () => {
    const headers = await internalHeaders();
    const malformed = await request(identity.url)
      .post('/api/v1/clinics')
      .set(headers)
      .set('content-type', 'application/json')
      .send('{"clinic":')
      .expect(400);
    expect(malformed.headers['content-type']).toMatch(/application\/problem\+json/);
    const unknown = await request(identity.url)
      .post('/api/v1/clinics')
      .set(headers)
      .send({ ...aClinicSignUp(), plan: 'gold' })
      .expect(400);
    expect(unknown.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'plan' })]));
    const form = aClinicSignUp();
    const wrongNpi = await request(identity.url)
      .post('/api/v1/clinics')
      .set(headers)
      .send({ ...form, clinic: { ...form.clinic, npi: '1234567890', timeZone: 'Mars/Olympus' } })
      .expect(400);
    expect(wrongNpi.body.errors.map((error: { field: string }) => error.field)).toEqual(
      expect.arrayContaining(['clinic.npi', 'clinic.timeZone']),
    );
    await login(form.admin.email, 401);
  });

  it('lets the admin add a front-desk user, who may not manage staff', async () => {
    const { clinicId, adminUserId } = await signUp();
    const newcomer = aStaffMember(['front_desk']);
    const created = await request(identity.url)
      .post('/api/v1/staff')
      .set(await asAdmin(clinicId, adminUserId))
      .send(newcomer)
      .expect(201);
    expect(created.body).toMatchObject({ email: newcomer.email, roles: ['front_desk'], active: true });
    expect(created.body.passwordHash).toBeUndefined();
    const frontDesk = await internalHeaders({ tenantId: clinicId, userId: created.body.id, roles: ['front_desk'] });
    await request(identity.url).get('/api/v1/staff').set(frontDesk).expect(403);
    await login(newcomer.email, 200);
  });

  it('places a new member at one of the clinic’s locations from a hire date, refusing other locations and bad dates', async () => {
    const { clinicId, adminUserId } = await signUp();
    const admin = await asAdmin(clinicId, adminUserId);
    const locationId = await aLocationIn(admin, 'Eastside');
    const badDate = await request(identity.url)
      .post('/api/v1/staff')
      .set(admin)
      .send(aStaffMember(['provider'], { locationId: locationId, hiredOn: '2026-02-30' }))
      .expect(400);
    expect(badDate.body.errors[0].field).toBe('hiredOn');
    const elsewhere = await request(identity.url)
      .post('/api/v1/staff')
      .set(admin)
      .send(aStaffMember(['provider'], { locationId: randomUUID(), hiredOn: '2026-03-02' }))
      .expect(422);
    expect(elsewhere.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(elsewhere.body.errors[0].field).toBe('locationId');
    const created = await request(identity.url)
      .post('/api/v1/staff')
      .set(admin)
      .send(aStaffMember(['provider'], { locationId: locationId, hiredOn: '2026-03-02' }))
      .expect(201);
    expect(created.body).toMatchObject({ locationId: locationId, hiredOn: '2026-03-02' });
  });

  it('hides every record of one clinic from another clinic: 404, exactly like a missing record', async () => {
    const first = await signUp();
    const second = await signUp();
    const firstAdmin = await asAdmin(first.clinicId, first.adminUserId);
    const secondAdmin = await asAdmin(second.clinicId, second.adminUserId);
    const locationId = await aLocationIn(firstAdmin, 'Downtown');
    await request(identity.url).get(`/api/v1/locations/${locationId}`).set(secondAdmin).expect(404);
    await request(identity.url).get(`/api/v1/staff/${first.adminUserId}`).set(secondAdmin).expect(404);
    await request(identity.url)
      .patch(`/api/v1/staff/${first.adminUserId}`)
      .set(secondAdmin)
      .send({ active: false })
      .expect(404);
    const secondStaff = await request(identity.url).get('/api/v1/staff').set(secondAdmin).expect(200);
    expect(secondStaff.body.items.map((member: { id: string }) => member.id)).toEqual([second.adminUserId]);
    const secondLocations = await request(identity.url).get('/api/v1/locations').set(secondAdmin).expect(200);
    expect(secondLocations.body).toEqual([]);
    const secondAudit = await request(identity.url).get('/api/v1/audit-events').set(secondAdmin).expect(200);
    expect(secondAudit.body.items.every((event: { tenantId: string }) => event.tenantId === second.clinicId)).toBe(
      true,
    );
    const clinic = await request(identity.url).get('/api/v1/clinics/current').set(secondAdmin).expect(200);
    expect(clinic.body.id).toBe(second.clinicId);
  });

  it('lets the admin move a location to another time zone, refusing unknown zones', async () => {
    const { clinicId, adminUserId } = await signUp();
    const admin = await asAdmin(clinicId, adminUserId);
    const locationId = await aLocationIn(admin, 'Uptown');
    const bad = await request(identity.url)
      .patch(`/api/v1/locations/${locationId}`)
      .set(admin)
      .send({ timeZone: 'Europe/Atlantis' })
      .expect(400);
    expect(bad.body.errors[0].field).toBe('timeZone');
    await request(identity.url)
      .patch(`/api/v1/locations/${locationId}`)
      .set(admin)
      .send({ timeZone: 'America/Denver' })
      .expect(200);
    const moved = await request(identity.url).get(`/api/v1/locations/${locationId}`).set(admin).expect(200);
    expect(moved.body).toMatchObject({ name: 'Uptown', timeZone: 'America/Denver' });
  });

  it('pages through staff with a cursor, every member exactly once, and refuses a forged cursor', async () => {
    const { clinicId, adminUserId } = await signUp();
    const admin = await asAdmin(clinicId, adminUserId);
    for (let count = 0; count < 4; count += 1) {
      await request(identity.url)
        .post('/api/v1/staff')
        .set(admin)
        .send(aStaffMember(['front_desk']))
        .expect(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: request.Response = await request(identity.url)
        .get('/api/v1/staff')
        .query({ limit: 2, ...(cursor ? { cursor } : {}) })
        .set(admin)
        .expect(200);
      seen.push(...page.body.items.map((member: { id: string }) => member.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    const forged = Buffer.from(JSON.stringify({ createdAt: 'yesterday', id: 'x' })).toString('base64url');
    const refused = await request(identity.url).get('/api/v1/staff').query({ cursor: forged }).set(admin).expect(400);
    expect(refused.body.errors[0].field).toBe('cursor');
  });

  it('answers 401 to a call without a valid internal token', async () => {
    await request(identity.url).get('/api/v1/staff').expect(401);
    await request(identity.url).get('/api/v1/staff').set('x-internal-token', 'forged.token.value').expect(401);
    await request(identity.url).get('/healthz').expect(200);
  });

  it('locks an account after repeated wrong passwords and records every attempt in the audit trail', async () => {
    const { form, clinicId, adminUserId } = await signUp();
    for (let attempt = 0; attempt < 5; attempt += 1) await login(form.admin.email, 401, 'wrong password!');
    const locked = await login(form.admin.email, 423);
    expect(locked.body.detail).toMatch(/locked until/);
    const audit = await request(identity.url)
      .get('/api/v1/audit-events')
      .set(await asAdmin(clinicId, adminUserId))
      .expect(200);
    const actions = audit.body.items.map((event: { action: string }) => event.action);
    expect(actions.filter((action: string) => action === 'session:login-failed')).toHaveLength(5);
    expect(actions).toContain('session:login-locked');
  });

  it('rotates refresh tokens, and a replayed one revokes the whole session', async () => {
    const { form } = await signUp();
    const headers = await internalHeaders();
    const first = (await login(form.admin.email, 200)).body.refreshToken;
    const second = (
      await request(identity.url).post('/api/v1/auth/refresh').set(headers).send({ refreshToken: first }).expect(200)
    ).body.refreshToken;
    expect(second).not.toBe(first);
    await request(identity.url).post('/api/v1/auth/refresh').set(headers).send({ refreshToken: first }).expect(401);
    await request(identity.url).post('/api/v1/auth/refresh').set(headers).send({ refreshToken: second }).expect(401);
  });

  it('logs out: the refresh token stops working', async () => {
    const { form } = await signUp();
    const headers = await internalHeaders();
    const { refreshToken } = (await login(form.admin.email, 200)).body;
    await request(identity.url).post('/api/v1/auth/logout').set(headers).send({ refreshToken }).expect(204);
    await request(identity.url).post('/api/v1/auth/refresh').set(headers).send({ refreshToken }).expect(401);
  });
});
