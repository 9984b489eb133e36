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

/** The demo staff joined over a couple of years, so training shows both settled staff and a recent hire. */
const HIRED_ON: Partial<Record<StaffRole, string>> = {
  clinic_manager: '2023-02-06',
  provider: '2023-09-11',
  billing_clerk: '2024-05-13',
  front_desk: '2025-10-20',
};

const seedClinic = async (api: DemoApi): Promise<{ id: string }> => {
  await api.call('POST', '/api/v1/clinics', {
    clinic: {
      legalName: 'Praxis Demo Family Medicine',
      npi: '1234567893',
      tin: '123456789',
      address: ADDRESS,
      timeZone: TIME_ZONE,
    },
    admin: { email: demoLogins[0].email, displayName: 'Avery Admin', password: DEMO_PASSWORD },
  });
  await api.signIn(demoLogins[0].email);
  return api.call<{ id: string }>('POST', '/api/v1/locations', {
    name: 'Main Street',
    timeZone: TIME_ZONE,
    address: ADDRESS,
  });
};

const seedStaff = async (api: DemoApi, locationId: string): Promise<Record<string, string>> => {
  const ids: Record<string, string> = {};
  for (const staff of demoLogins.slice(1)) {
    const displayName = staff.role === 'provider' ? 'Dr Robin Grey' : `Demo ${staff.role.replace('_', ' ')}`;
    ids[staff.role] = (
      await api.call<{ id: string }>('POST', '/api/v1/staff', {
        email: staff.email,
        displayName,
        roles: [staff.role],
        password: DEMO_PASSWORD,
        locationId,
        hiredOn: HIRED_ON[staff.role],
      })
    ).id;
  }
  return ids;
};

/** Scheduling hears of the location and the provider through identity's events, so its steps wait for them. */
const seedCalendar = async (api: DemoApi, location: { id: string }, providerUserId: string): Promise<void> => {
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

/**
 * The clinic bills Aetna through the sandbox clearinghouse `npm start` runs, so a released visit's claim is ready to
 * submit. Claims seeds the billing profile from the clinic's sign-up, so this step waits for it.
 */
const seedClaimsSetUp = async (api: DemoApi): Promise<void> => {
  let profile: { organizationName: string; npi: string } | undefined;
  await waitUntil('claims to know the demo clinic', async () => {
    const response = await api.attempt('GET', '/api/v1/billing-profile');
    if (response.ok) profile = (await response.json()) as { organizationName: string; npi: string };
    return response.ok;
  });
  await api.call('PUT', '/api/v1/billing-profile', {
    organizationName: profile?.organizationName,
    npi: profile?.npi,
    tin: '123456789',
    taxonomyCode: '207Q00000X',
    address: { ...ADDRESS, postalCode: '627011234' },
    submitterId: 'PRAXISDEMO',
    receiverId: 'PRAXISSANDBOX',
  });
  await api.call('POST', '/api/v1/payers', {
    name: 'Aetna',
    electronicPayerId: '60054',
    claimFilingIndicator: 'CI',
    timelyFilingDays: 90,
    address: { line1: 'PO Box 981106', city: 'El Paso', state: 'TX', postalCode: '79998' },
  });
};

/** Seeds through the public API, as a clinic would sign up; a later run finds the admin and changes nothing. */
export const seedDemoClinic = async (gatewayUrl: string): Promise<void> => {
  const api = new DemoApi(gatewayUrl);
  if (await api.signIn(demoLogins[0].email)) return;
  const location = await seedClinic(api);
  const staff = await seedStaff(api, location.id);
  await seedCalendar(api, location, staff.provider);
  await seedClaimsSetUp(api);
};
