import {
  aClinicSignUp,
  aStaffMember,
  A_STRONG_PASSWORD,
  BuiltService,
  BuiltSystem,
  eventually,
  startBuiltSystem,
} from '@praxis/testing';

/** A revocation must reach the door within seconds; the access token itself would be good for fifteen minutes. */
const WITHIN_SECONDS = 10_000;

describe('a clinic admin shuts out a departing staff member', () => {
  let system: BuiltSystem;
  let gateway: BuiltService;

  beforeAll(async () => {
    system = await startBuiltSystem();
    gateway = system.gateway;
  });
  afterAll(async () => {
    await system?.stop();
  });

  const call = (method: string, path: string, bearer?: string, body?: unknown) =>
    fetch(`${gateway.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(bearer ? { authorization: bearer } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const login = async (email: string) => {
    const response = await call('POST', '/api/v1/auth/login', undefined, { email, password: A_STRONG_PASSWORD });
    return {
      status: response.status,
      bearer: response.ok ? `Bearer ${((await response.json()) as { accessToken: string }).accessToken}` : '',
    };
  };
  const aClinicWithAManager = async () => {
    const form = aClinicSignUp();
    await call('POST', '/api/v1/clinics', undefined, form);
    const admin = await login(form.admin.email);
    const manager = aStaffMember(['clinic_manager']);
    const created = (await (await call('POST', '/api/v1/staff', admin.bearer, manager)).json()) as { id: string };
    return { admin, manager: { ...manager, id: created.id, session: await login(manager.email) } };
  };

  it('refuses a deactivated member’s access token within seconds, though it has not expired', async () => {
    const { admin, manager } = await aClinicWithAManager();
    expect((await call('GET', '/api/v1/staff', manager.session.bearer)).status).toBe(200);
    expect((await call('PATCH', `/api/v1/staff/${manager.id}`, admin.bearer, { active: false })).status).toBe(200);
    await eventually(
      async () => expect((await call('GET', '/api/v1/staff', manager.session.bearer)).status).toBe(401),
      WITHIN_SECONDS,
    );
    const refused = await call('GET', '/api/v1/staff', manager.session.bearer);
    expect(await refused.json()).toMatchObject({ status: 401, detail: expect.stringMatching(/revoked/) });
    expect((await login(manager.email)).status).not.toBe(200);
    expect((await call('GET', '/api/v1/staff', admin.bearer)).status).toBe(200);
  });

  it('ends the sessions of a member whose roles changed, and a new sign-in carries the new roles', async () => {
    const { admin, manager } = await aClinicWithAManager();
    expect((await call('PATCH', `/api/v1/staff/${manager.id}`, admin.bearer, { roles: ['front_desk'] })).status).toBe(
      200,
    );
    await eventually(
      async () => expect((await call('GET', '/api/v1/staff', manager.session.bearer)).status).toBe(401),
      WITHIN_SECONDS,
    );
    // A token issued in the very second of the change is refused too (JWT iat has whole seconds): sign in until one is not.
    const fresh = await eventually(async () => {
      const session = await login(manager.email);
      expect((await call('GET', '/api/v1/staff', session.bearer)).status).toBe(403);
      return session;
    }, WITHIN_SECONDS);
    expect((await call('GET', '/api/v1/locations', fresh.bearer)).status).toBe(200);
  });
});
