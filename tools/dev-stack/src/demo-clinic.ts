import { StaffRole } from '@praxis/contracts';

export const DEMO_PASSWORD = 'praxis-demo-password';
const DEMO_DOMAIN = 'demo.praxis.test';

export const demoLogins: Array<{ role: StaffRole; email: string }> = (
  ['admin', 'front_desk', 'billing_clerk', 'clinic_manager', 'provider'] as const
).map((role) => ({ role, email: `${role.replace('_', '-')}@${DEMO_DOMAIN}` }));

const post = async (url: string, body: unknown, bearer?: string): Promise<Response> =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify(body),
  });

const login = (gatewayUrl: string, email: string) => post(`${gatewayUrl}/api/v1/auth/login`, { email, password: DEMO_PASSWORD });

/** Seeds through the public API, like a clinic would sign up; a second run finds the admin and leaves everything as it is. */
export const seedDemoClinic = async (gatewayUrl: string): Promise<void> => {
  const [admin, ...others] = demoLogins;
  if ((await login(gatewayUrl, admin.email)).ok) return;
  const signUp = await post(`${gatewayUrl}/api/v1/clinics`, {
    clinic: {
      legalName: 'Praxis Demo Family Medicine',
      npi: '1234567893',
      tin: '123456789',
      address: { line1: '100 Main St', city: 'Springfield', state: 'IL', postalCode: '62701' },
      timeZone: 'America/Chicago',
    },
    admin: { email: admin.email, displayName: 'Avery Admin', password: DEMO_PASSWORD },
  });
  if (!signUp.ok) throw new Error(`demo sign-up failed: ${signUp.status} ${await signUp.text()}`);
  const { accessToken } = (await (await login(gatewayUrl, admin.email)).json()) as { accessToken: string };
  for (const staff of others) {
    const created = await post(
      `${gatewayUrl}/api/v1/staff`,
      { email: staff.email, displayName: `Demo ${staff.role.replace('_', ' ')}`, roles: [staff.role], password: DEMO_PASSWORD },
      accessToken,
    );
    if (!created.ok) throw new Error(`demo staff ${staff.email} failed: ${created.status} ${await created.text()}`);
  }
};
