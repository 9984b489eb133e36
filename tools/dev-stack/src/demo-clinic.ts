import { StaffRole } from '@praxis/contracts';
import { waitUntil } from './processes';

export const DEMO_PASSWORD = 'praxis-demo-password';
const DEMO_DOMAIN = 'demo.praxis.test';
const TIME_ZONE = 'America/Chicago';
const ADDRESS = { line1: '100 Main St', city: 'Springfield', state: 'IL', postalCode: '62701' };

export const demoLogins: Array<{ role: StaffRole; email: string }> = (
  ['admin', 'front_desk', 'billing_clerk', 'clinic_manager', 'provider'] as const
).map((role) => ({ role, email: `${role.replace('_', '-')}@${DEMO_DOMAIN}` }));

class DemoApi {
  constructor(
    private readonly gatewayUrl: string,
    private bearer?: string,
  ) {}

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.attempt(method, path, body);
    const text = await response.text();
    if (!response.ok) throw new Error(`demo seed: ${method} ${path} answered ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  attempt(method: string, path: string, body?: unknown): Promise<Response> {
    return fetch(`${this.gatewayUrl}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(this.bearer ? { authorization: `Bearer ${this.bearer}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  async signIn(email: string): Promise<boolean> {
    const response = await this.attempt('POST', '/api/v1/auth/login', { email, password: DEMO_PASSWORD });
    if (response.ok) this.bearer = ((await response.json()) as { accessToken: string }).accessToken;
    return response.ok;
  }
}

const seedStaff = async (api: DemoApi): Promise<Record<string, string>> => {
  const [admin, ...others] = demoLogins;
  await api.call('POST', '/api/v1/clinics', {
    clinic: {
      legalName: 'Praxis Demo Family Medicine',
      npi: '1234567893',
      tin: '123456789',
      address: ADDRESS,
      timeZone: TIME_ZONE,
    },
    admin: { email: admin.email, displayName: 'Avery Admin', password: DEMO_PASSWORD },
  });
  await api.signIn(admin.email);
  const ids: Record<string, string> = {};
  for (const staff of others) {
    const displayName = staff.role === 'provider' ? 'Dr Robin Grey' : `Demo ${staff.role.replace('_', ' ')}`;
    ids[staff.role] = (
      await api.call<{ id: string }>('POST', '/api/v1/staff', {
        email: staff.email,
        displayName,
        roles: [staff.role],
        password: DEMO_PASSWORD,
      })
    ).id;
  }
  return ids;
};

/** Scheduling hears of the location and the provider through identity's events, so its steps wait for them. */
const seedCalendar = async (api: DemoApi, providerUserId: string): Promise<void> => {
  const location = await api.call<{ id: string }>('POST', '/api/v1/locations', {
    name: 'Main Street',
    timeZone: TIME_ZONE,
    address: ADDRESS,
  });
  let providerId = '';
  await waitUntil('scheduling to know the demo provider', async () => {
    const response = await api.attempt('POST', '/api/v1/providers', {
      userId: providerUserId,
      npi: '1245319599',
      taxonomyCode: '207Q00000X',
    });
    if (response.ok) providerId = ((await response.json()) as { id: string }).id;
    return response.ok;
  });
  await api.call('POST', '/api/v1/appointment-types', {
    name: 'Office visit',
    durationMinutes: 30,
    bufferAfterMinutes: 5,
    procedureCodes: ['99213'],
  });
  await api.call('POST', '/api/v1/appointment-types', {
    name: 'New patient visit',
    durationMinutes: 45,
    procedureCodes: ['99203'],
  });
  const hours = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));
  await waitUntil(
    'scheduling to know the demo location',
    async () =>
      (
        await api.attempt(
          'PUT',
          `/api/v1/availability/providers/${providerId}/locations/${location.id}/working-hours`,
          { hours },
        )
      ).ok,
  );
  await api.call('POST', '/api/v1/patients', {
    firstName: 'Jordan',
    lastName: 'Sample',
    dateOfBirth: '1985-04-12',
    sex: 'unknown',
    address: ADDRESS,
    phone: '217-555-0134',
  });
};

/** Seeds through the public API, as a clinic would sign up; a later run finds the admin and changes nothing. */
export const seedDemoClinic = async (gatewayUrl: string): Promise<void> => {
  const api = new DemoApi(gatewayUrl);
  if (await api.signIn(demoLogins[0].email)) return;
  const staff = await seedStaff(api);
  await seedCalendar(api, staff.provider);
};
