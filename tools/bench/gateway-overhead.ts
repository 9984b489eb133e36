import autocannon from 'autocannon';
import { withEphemeralInfrastructure } from '@praxis/dev-stack';
import {
  aClinicSignUp,
  A_STRONG_PASSWORD,
  internalHeaders,
  startBuiltGateway,
  startBuiltIdentity,
  TEST_INFRASTRUCTURE_VARIABLE,
} from '@praxis/testing';
import { join } from 'node:path';

const CONNECTIONS = 16;
const SECONDS = 10;

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

const measure = async (url: string, headers: Record<string, string>): Promise<Figures> => {
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: SECONDS });
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.non2xx + result.errors };
};

const post = async <T>(url: string, body: unknown): Promise<T> =>
  (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json() as Promise<T>;

/** The same authenticated read, once through the gateway and once straight to identity, in one run. */
const run = async () => {
  const identity = await startBuiltIdentity();
  // The budgets exist to stop abuse; here they would only measure themselves.
  const gateway = await startBuiltGateway({ identity: identity.url }, { RATE_LIMIT_USER_PER_MINUTE: '100000000', RATE_LIMIT_TENANT_PER_MINUTE: '100000000' });
  try {
    const form = aClinicSignUp();
    const { clinicId, adminUserId } = await post<{ clinicId: string; adminUserId: string }>(`${gateway.url}/api/v1/clinics`, form);
    const { accessToken } = await post<{ accessToken: string }>(`${gateway.url}/api/v1/auth/login`, { email: form.admin.email, password: A_STRONG_PASSWORD });
    const path = `/api/v1/staff/${adminUserId}`;
    const viaGateway = await measure(`${gateway.url}${path}`, { authorization: `Bearer ${accessToken}` });
    const direct = await measure(`${identity.url}${path}`, await internalHeaders({ tenantId: clinicId, userId: adminUserId, roles: ['admin'] }));
    console.log(`GET ${path.replace(adminUserId, ':id')}, ${CONNECTIONS} connections, ${SECONDS} s each`);
    console.table({ 'through the gateway': viaGateway, 'identity directly': direct });
    console.log(`gateway / direct: throughput ${(viaGateway.requestsPerSecond / direct.requestsPerSecond).toFixed(2)}, p50 ${(viaGateway.p50 / direct.p50).toFixed(2)}, p99 ${(viaGateway.p99 / direct.p99).toFixed(2)}`);
  } finally {
    await gateway.stop();
    await identity.stop();
  }
};

void withEphemeralInfrastructure(join(__dirname, '..', '..'), { checkDrift: false, environment: {} }, async (shared) => {
  process.env[TEST_INFRASTRUCTURE_VARIABLE] = JSON.stringify(shared);
  await run();
});
