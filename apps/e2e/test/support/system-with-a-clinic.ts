import {
  aClinicThroughTheGateway,
  A_STRONG_PASSWORD,
  aStaffMember,
  BuiltSystem,
  GatewayClinic,
  GatewayClinicShape,
  startBuiltSystem,
} from '@praxis/testing';

export interface SystemWithAClinic extends BuiltSystem {
  clinic: GatewayClinic;
}

/**
 * The built system and one clinic set up through its gateway, started once for the spec file that calls this and
 * stopped after it. The answer is filled in before the first test runs, so read it inside tests and hooks only.
 */
export const aSystemWithAClinic = (
  shape: GatewayClinicShape = {},
  gatewayOverrides: Record<string, string> = {},
): SystemWithAClinic => {
  const system = {} as SystemWithAClinic;
  let started: BuiltSystem | undefined;
  beforeAll(async () => {
    started = await startBuiltSystem(gatewayOverrides);
    Object.assign(system, started, { clinic: await aClinicThroughTheGateway(started.gateway.url, shape) });
  }, 120_000);
  afterAll(async () => {
    await started?.stop();
  });
  return system;
};

export interface SignedInStaffMember {
  userId: string;
  email: string;
  bearer: string;
}

/** A new staff member in the roles, added by the clinic's admin and signed in with their own password. */
export const aSignedInStaffMember = async (
  gatewayUrl: string,
  adminBearer: string,
  roles: string[],
): Promise<SignedInStaffMember> => {
  const member = aStaffMember(roles);
  const created = await fetch(`${gatewayUrl}/api/v1/staff`, {
    method: 'POST',
    headers: { authorization: adminBearer, 'content-type': 'application/json' },
    body: JSON.stringify(member),
  });
  if (created.status !== 201) throw new Error(`adding a staff member answered ${created.status}`);
  const login = await fetch(`${gatewayUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: member.email, password: A_STRONG_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`signing in a new staff member answered ${login.status}`);
  const { id } = (await created.json()) as { id: string };
  const { accessToken } = (await login.json()) as { accessToken: string };
  return { userId: id, email: member.email, bearer: `Bearer ${accessToken}` };
};
