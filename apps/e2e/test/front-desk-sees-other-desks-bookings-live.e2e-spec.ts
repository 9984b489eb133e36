import { randomUUID } from 'node:crypto';
import { signAccessToken } from '@praxis/auth';
import {
  aClinicThroughTheGateway,
  BuiltSystem,
  eventually,
  GatewayClinic,
  startBuiltGateway,
  startBuiltSystem,
  TEST_ACCESS_SECRET,
} from '@praxis/testing';
import { followLiveAppointments, LiveAppointmentStream } from './support/live-stream';
import { aSignedInStaffMember } from './support/system-with-a-clinic';

/** Short enough that a test sees several heartbeats on a quiet stream before its token runs out. */
const HEARTBEAT_MS = 250;

describe('the front desk sees other desks’ bookings live, through the gateway', () => {
  let system: BuiltSystem;
  let lakeside: GatewayClinic;
  let riverside: GatewayClinic;
  const open: LiveAppointmentStream[] = [];

  beforeAll(async () => {
    system = await startBuiltSystem({ LIVE_HEARTBEAT_MS: String(HEARTBEAT_MS) });
    [lakeside, riverside] = await Promise.all([
      aClinicThroughTheGateway(system.gateway.url, { patients: 1 }),
      aClinicThroughTheGateway(system.gateway.url, { patients: 1 }),
    ]);
  });
  afterEach(() => open.splice(0).forEach((stream) => stream.close()));
  afterAll(async () => {
    await system?.stop();
  });

  const follow = async (bearer?: string) => {
    const stream = await followLiveAppointments(system.gateway.url, bearer);
    open.push(stream);
    return stream;
  };
  const call = (method: string, path: string, bearer?: string, body?: unknown) =>
    fetch(`${system.gateway.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(bearer ? { authorization: bearer } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const book = async (clinic: GatewayClinic, startsAt: string): Promise<{ id: string }> => {
    const response = await call('POST', '/api/v1/appointments', clinic.bearer, {
      patientId: clinic.patientIds[0],
      providerId: clinic.providerId,
      locationId: clinic.locationId,
      appointmentTypeId: clinic.appointmentTypeId,
      startsAt,
    });
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string };
  };
  const claimsOf = (bearer: string): { tid: string; sub: string } =>
    JSON.parse(Buffer.from(bearer.split('.')[1], 'base64url').toString('utf8'));
  const tokenFor = async (clinic: GatewayClinic, roles: string[], ttlSeconds: number) => {
    const { tid, sub } = claimsOf(clinic.bearer);
    return `Bearer ${await signAccessToken({ tenantId: tid, userId: sub, roles }, TEST_ACCESS_SECRET, ttlSeconds)}`;
  };
  const openStreams = async (): Promise<number> => {
    const metrics = await (await fetch(`${system.gateway.metricsUrl}/metrics`)).text();
    return Number(/^gateway_live_streams (\d+)/m.exec(metrics)?.[1]);
  };

  it('brings a booking to its own clinic’s open calendars, with ids, day and status only, and never to another clinic’s', async () => {
    const [lakesideDesk, riversideDesk] = [await follow(lakeside.bearer), await follow(riverside.bearer)];
    expect([lakesideDesk.status, riversideDesk.contentType]).toEqual([200, 'text/event-stream; charset=utf-8']);

    const [startsAt] = lakeside.slotStarts(1);
    const booked = await book(lakeside, startsAt);
    const change = await eventually(async () => {
      const heard = lakesideDesk.changes.find((candidate) => candidate.appointmentId === booked.id);
      expect(heard).toBeDefined();
      return heard;
    });
    expect(change).toEqual({
      appointmentId: booked.id,
      patientId: lakeside.patientIds[0],
      providerId: lakeside.providerId,
      locationId: lakeside.locationId,
      status: 'booked',
      dates: [startsAt.slice(0, 10)],
    });

    // Riverside's own booking is published after Lakeside's on the same channels: had Lakeside's leaked, it came first.
    const theirs = await book(riverside, riverside.slotStarts(1)[0]);
    await eventually(async () =>
      expect(riversideDesk.changes.map((heard) => heard.appointmentId)).toContain(theirs.id),
    );
    expect(riversideDesk.changes.map((heard) => heard.appointmentId)).toEqual([theirs.id]);
  });

  it('reaches the clinic’s streams on every gateway replica, whichever replica read the event', async () => {
    const shared = {
      KAFKA_CONSUMER_GROUP: `test-gateway-${randomUUID()}`,
      RATE_LIMIT_NAMESPACE: `test-${randomUUID()}`,
    };
    const upstreams = { identity: system.identity.url, scheduling: system.scheduling.url };
    const replicas = await Promise.all([1, 2].map(() => startBuiltGateway(upstreams, shared)));
    try {
      const desks = await Promise.all(replicas.map((replica) => followLiveAppointments(replica.url, lakeside.bearer)));
      open.push(...desks);
      const booked = await book(lakeside, lakeside.slotStarts(2)[1]);
      for (const desk of desks)
        await eventually(async () => expect(desk.changes.map((heard) => heard.appointmentId)).toContain(booked.id));
    } finally {
      await Promise.all(replicas.map((replica) => replica.stop()));
    }
  });

  it('refuses a caller who is not signed in, and one whose roles may not read appointments', async () => {
    const anonymous = await follow();
    expect(anonymous.problem).toMatchObject({ status: 401, detail: 'access token missing' });
    expect(anonymous.contentType).toMatch(/^application\/problem\+json/);
    const withoutPermission = await follow(await tokenFor(lakeside, [], 900));
    expect(withoutPermission.problem).toMatchObject({ status: 403, detail: 'your role does not allow this' });
  });

  it('keeps a quiet stream alive with heartbeats and ends it when the access token expires', async () => {
    const shortLived = await follow(await tokenFor(lakeside, ['front_desk'], 3));
    expect(shortLived.status).toBe(200);
    await shortLived.ended;
    expect(shortLived.comments).toContain('keep-alive');
    const expired = await follow(await tokenFor(lakeside, ['front_desk'], -1));
    expect(expired.problem).toMatchObject({ status: 401, detail: 'access token expired' });
  });

  it('ends the stream of a member deactivated meanwhile, and refuses their reconnection', async () => {
    const member = await aSignedInStaffMember(system.gateway.url, lakeside.bearer, ['front_desk']);
    const desk = await follow(member.bearer);
    expect(desk.status).toBe(200);

    expect((await call('PATCH', `/api/v1/staff/${member.userId}`, lakeside.bearer, { active: false })).status).toBe(
      200,
    );
    await desk.ended;
    expect((await follow(member.bearer)).problem).toMatchObject({
      status: 401,
      detail: expect.stringMatching(/revoked/),
    });
  });

  it('lets go of a client that leaves', async () => {
    const desk = await follow(lakeside.bearer);
    expect(desk.status).toBe(200);
    await eventually(async () => expect(await openStreams()).toBe(1));
    desk.close();
    await eventually(async () => expect(await openStreams()).toBe(0));
  });
});
