import { createServer, Server } from 'node:http';
import { signAccessToken } from '@praxis/auth';
import {
  aClinicSignUp,
  aStaffMember,
  A_STRONG_PASSWORD,
  BuiltService,
  freePortNumber,
  startBuiltGateway,
  startBuiltIdentity,
  TEST_ACCESS_SECRET,
} from '@praxis/testing';
import request from 'supertest';

describe('a clinic admin works through the gateway', () => {
  let identity: BuiltService;
  let gateway: BuiltService;

  beforeAll(async () => {
    identity = await startBuiltIdentity();
    gateway = await startBuiltGateway({ identity: identity.url });
  });
  afterAll(async () => {
    await gateway?.stop();
    await identity?.stop();
  });

  const signUpAndLogin = async () => {
    const form = aClinicSignUp();
    const clinic = await request(gateway.url).post('/api/v1/clinics').send(form).expect(201);
    const session = await request(gateway.url)
      .post('/api/v1/auth/login')
      .send({ email: form.admin.email, password: A_STRONG_PASSWORD })
      .expect(200);
    return {
      clinicId: clinic.body.clinicId as string,
      adminUserId: clinic.body.adminUserId as string,
      bearer: `Bearer ${session.body.accessToken}`,
    };
  };

  it('signs up, logs in and manages staff with the token identity issued', async () => {
    const admin = await signUpAndLogin();
    const member = aStaffMember(['front_desk']);
    await request(gateway.url).post('/api/v1/staff').set('authorization', admin.bearer).send(member).expect(201);
    const staff = await request(gateway.url).get('/api/v1/staff').set('authorization', admin.bearer).expect(200);
    expect(staff.body.items.map((entry: { email: string }) => entry.email).sort()).toEqual(
      expect.arrayContaining([member.email]),
    );
  });

  it('answers 401 without a token, with an expired token and with a forged one', async () => {
    const admin = await signUpAndLogin();
    await request(gateway.url).get('/api/v1/staff').expect(401);
    const expired = await signAccessToken(
      { tenantId: admin.clinicId, userId: admin.adminUserId, roles: ['admin'] },
      TEST_ACCESS_SECRET,
      -10,
    );
    const response = await request(gateway.url)
      .get('/api/v1/staff')
      .set('authorization', `Bearer ${expired}`)
      .expect(401);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.detail).toMatch(/expired/);
    const forged = await signAccessToken(
      { tenantId: admin.clinicId, userId: admin.adminUserId, roles: ['admin'] },
      'x'.repeat(40),
      900,
    );
    await request(gateway.url).get('/api/v1/staff').set('authorization', `Bearer ${forged}`).expect(401);
  });

  it('answers 403 to a role that may not call a route, and 404 across clinics', async () => {
    const first = await signUpAndLogin();
    const second = await signUpAndLogin();
    const frontDesk = aStaffMember(['front_desk']);
    await request(gateway.url).post('/api/v1/staff').set('authorization', first.bearer).send(frontDesk).expect(201);
    const session = await request(gateway.url)
      .post('/api/v1/auth/login')
      .send({ email: frontDesk.email, password: A_STRONG_PASSWORD })
      .expect(200);
    await request(gateway.url)
      .get('/api/v1/audit-events')
      .set('authorization', `Bearer ${session.body.accessToken}`)
      .expect(403);
    await request(gateway.url).get('/api/v1/auth/sessions').set('authorization', first.bearer).expect(404);
    await request(gateway.url)
      .get(`/api/v1/staff/${first.adminUserId}`)
      .set('authorization', second.bearer)
      .expect(404);
  });

  it('rejects malformed JSON at the door with 400 problem+json and keeps the caller’s request id', async () => {
    const response = await request(gateway.url)
      .post('/api/v1/clinics')
      .set('content-type', 'application/json')
      .set('x-request-id', 'front-desk-42')
      .send('{"clinic": ')
      .expect(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.headers['x-request-id']).toBe('front-desk-42');
  });

  it('serves one OpenAPI document that describes identity’s routes', async () => {
    const document = await request(gateway.url).get('/api/openapi.json').expect(200);
    expect(Object.keys(document.body.paths)).toEqual(expect.arrayContaining(['/api/v1/staff', '/api/v1/auth/login']));
  });

  it('reports health and readiness', async () => {
    await request(gateway.url).get('/healthz').expect(200);
    const ready = await request(gateway.url).get('/readyz').expect(200);
    expect(ready.body.checks).toEqual({ redis: 'ok' });
  });

  it('serves Prometheus metrics on the internal metrics port only, never on the public port', async () => {
    await request(gateway.url).get('/metrics').expect(404);
    await request(identity.url).get('/metrics').expect(404);
    await request(gateway.metricsUrl)
      .get('/metrics')
      .expect(200)
      .expect(/http_server_request_duration_seconds/);
    await request(identity.metricsUrl)
      .get('/metrics')
      .expect(200)
      .expect(/process_cpu_seconds_total/);
  });
});

describe('the gateway in front of a sick service', () => {
  let silent: Server;
  let gateway: BuiltService;
  let refused: BuiltService;

  beforeAll(async () => {
    silent = createServer(() => undefined);
    const silentPort = await freePortNumber();
    await new Promise<void>((resolve) => silent.listen(silentPort, '127.0.0.1', resolve));
    gateway = await startBuiltGateway(
      { identity: `http://127.0.0.1:${silentPort}` },
      { UPSTREAM_TIMEOUT_MS: '500', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '3' },
    );
    refused = await startBuiltGateway({});
  });
  afterAll(async () => {
    await gateway?.stop();
    await refused?.stop();
    silent?.closeAllConnections();
    silent?.close();
  });

  it('answers 504 when the service does not answer in time, and 502 when it is down', async () => {
    const started = Date.now();
    await request(gateway.url).post('/api/v1/auth/login').send({ email: 'a@b.test', password: 'x' }).expect(504);
    expect(Date.now() - started).toBeLessThan(5_000);
    await request(refused.url).post('/api/v1/auth/login').send({ email: 'a@b.test', password: 'x' }).expect(502);
  });

  it('limits anonymous callers per minute with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    for (let call = 0; call < 4; call += 1) {
      statuses.push(
        (await request(gateway.url).post('/api/v1/auth/login').send({ email: 'a@b.test', password: 'x' })).status,
      );
    }
    expect(statuses.slice(-1)).toEqual([429]);
  });
});
