import { join } from 'node:path';
import { withEphemeralInfrastructure } from '@praxis/dev-stack';
import {
  aClinicSignUp,
  A_STRONG_PASSWORD,
  internalHeaders,
  SharedInfrastructure,
  startBuiltGateway,
  startBuiltIdentity,
  TEST_INFRASTRUCTURE_VARIABLE,
} from '@praxis/testing';
import { FLOOR_TENANT_HEADER, FLOOR_USER_HEADER } from './floors/floor-server';
import { startStaffReadFloor } from './floors/staff-read-floor';
import { measure, SECONDS } from './load';
import { withCpuPerRequest } from './process-cpu';
import { residentMegabytes } from './process-memory';
import { printReport, printStatementDifference, ReportRow, statementCheckRow } from './report';
import { compareRoutesWithTheirFloors, StatementComparison } from './route-statements';

const CONNECTIONS = 16;
const BOTH_WARM_REQUESTS = 3_000;
/** The budgets exist to stop abuse; here they would only measure themselves. */
const UNLIMITED = { RATE_LIMIT_USER_PER_MINUTE: '100000000', RATE_LIMIT_TENANT_PER_MINUTE: '100000000' };

const post = async <T>(url: string, body: unknown): Promise<T> =>
  (
    await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  ).json() as Promise<T>;

/** The same authenticated read through the gateway, straight to identity, and on its floor, in one run. */
const run = async (
  shared: SharedInfrastructure,
): Promise<{ rows: ReportRow[]; floorStatements: StatementComparison }> => {
  const inStep = await compareRoutesWithTheirFloors(shared);
  const identity = await startBuiltIdentity();
  const gateway = await startBuiltGateway({ identity: identity.url }, UNLIMITED);
  const floor = await startStaffReadFloor(shared.databases.identity.DATABASE_URL);
  try {
    const form = aClinicSignUp();
    const { clinicId, adminUserId } = await post<{ clinicId: string; adminUserId: string }>(
      `${gateway.url}/api/v1/clinics`,
      form,
    );
    const { accessToken } = await post<{ accessToken: string }>(`${gateway.url}/api/v1/auth/login`, {
      email: form.admin.email,
      password: A_STRONG_PASSWORD,
    });
    const path = `/api/v1/staff/${adminUserId}`;
    const connections = CONNECTIONS;
    const bearer = { authorization: `Bearer ${accessToken}` };
    // Identity compiles its hot path during whichever measurement comes first: both start from a warm identity.
    await measure({ url: `${gateway.url}${path}`, connections, headers: bearer, amount: BOTH_WARM_REQUESTS });
    const viaGateway = await withCpuPerRequest({ gateway: gateway.pid, identity: identity.pid }, () =>
      measure({ url: `${gateway.url}${path}`, connections, headers: bearer }),
    );
    const internal = await internalHeaders({ tenantId: clinicId, userId: adminUserId, roles: ['admin'] });
    const direct = await withCpuPerRequest({ identity: identity.pid }, () =>
      measure({ url: `${identity.url}${path}`, connections, headers: internal }),
    );
    const onFloor = await measure({
      url: `${floor.url}${path}`,
      connections,
      headers: { [FLOOR_TENANT_HEADER]: clinicId, [FLOOR_USER_HEADER]: adminUserId },
    });
    const rows: ReportRow[] = [
      statementCheckRow('GET /staff/:id', inStep.staffRead),
      { name: 'floor: node:http + pg', figures: onFloor },
      { name: 'identity directly', ...direct, against: 'floor: node:http + pg' },
      { name: 'through the gateway', ...viaGateway, against: 'floor: node:http + pg' },
      { name: 'gateway over identity', figures: viaGateway.figures, against: 'identity directly' },
      { name: 'RSS identity', note: `${residentMegabytes(identity.pid) ?? '?'} MiB after the run` },
      { name: 'RSS gateway', note: `${residentMegabytes(gateway.pid) ?? '?'} MiB after the run` },
    ];
    return { rows, floorStatements: inStep.staffRead };
  } finally {
    await floor.stop();
    await gateway.stop();
    await identity.stop();
  }
};

void withEphemeralInfrastructure(
  join(__dirname, '..', '..'),
  { checkDrift: false, environment: {} },
  async (shared) => {
    process.env[TEST_INFRASTRUCTURE_VARIABLE] = JSON.stringify(shared);
    const { rows, floorStatements } = await run(shared);
    printReport(`GET /api/v1/staff/:id, ${CONNECTIONS} connections, ${SECONDS} s each`, rows);
    printStatementDifference('GET /api/v1/staff/:id', floorStatements);
  },
);
