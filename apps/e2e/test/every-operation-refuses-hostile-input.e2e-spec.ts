import { randomUUID } from 'node:crypto';
import { eventually } from '@praxis/testing';
import fc from 'fast-check';
import { arbitraryHostileBody, fillPath, HostileRequest, hostileRequestsFor } from './support/hostile-requests';
import { OpenApiDocument, Operation, operationsOf } from './support/openapi-operations';
import { aSystemWithAClinic } from './support/system-with-a-clinic';
import { tenantRowsDigest } from './support/tenant-rows';

const GENEROUS_LIMITS = {
  RATE_LIMIT_USER_PER_MINUTE: '1000000',
  RATE_LIMIT_TENANT_PER_MINUTE: '1000000',
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
};
const SERVICES_WITH_DATA = ['identity', 'scheduling', 'claims', 'training'];

interface Answer {
  status: number;
  contentType: string;
}

describe('every operation of the public API refuses hostile input', () => {
  const system = aSystemWithAClinic({ patients: 1 }, GENEROUS_LIMITS);
  let document: OpenApiDocument;
  let operations: Operation[];

  beforeAll(async () => {
    await trainingHasAssignedTheProvider();
    document = (await (await fetch(`${system.gateway.url}/api/openapi.json`)).json()) as OpenApiDocument;
    operations = operationsOf(document);
  }, 60_000);

  /** Training assigns requirements as identity's events arrive: rows that change later would look like damage. */
  const trainingHasAssignedTheProvider = () =>
    eventually(async () => {
      const response = await fetch(`${system.gateway.url}/api/v1/training/compliance/matrix`, {
        headers: { authorization: system.clinic.bearer },
      });
      const { staff } = (await response.json()) as { staff: { cells: unknown[] }[] };
      // The admin holds the three courses everyone takes; the provider those and a licence and BLS.
      expect(staff.map(({ cells }) => cells.length).sort()).toEqual([3, 5]);
    }, 30_000);

  const tenantId = () =>
    JSON.parse(Buffer.from(system.clinic.bearer.split('.')[1], 'base64url').toString('utf8')).tenantId as string;

  /** Real records where the path names them, so a request that slipped through validation would find something to change. */
  const pathValue = (path: string) => (name: string) => {
    const owner = `${path.split(`/{${name}}`)[0].split('/').pop()}:${name}`;
    const known: Record<string, string> = {
      'patients:id': system.clinic.patientIds[0],
      'providers:id': system.clinic.providerId,
      'providers:providerId': system.clinic.providerId,
      'locations:id': system.clinic.locationId,
      'locations:locationId': system.clinic.locationId,
      'appointment-types:id': system.clinic.appointmentTypeId,
      'staff:userId': system.clinic.providerUserId,
    };
    return known[owner] ?? randomUUID();
  };

  const send = async (request: HostileRequest): Promise<Answer> => {
    const response = await fetch(`${system.gateway.url}${request.path}`, {
      method: request.method,
      headers: { authorization: system.clinic.bearer, ...request.headers },
      body: request.body,
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
    return { status: response.status, contentType: response.headers.get('content-type') ?? '' };
  };

  const refusedCleanly = (answer: Answer) =>
    answer.status >= 400 && answer.status < 500 && answer.contentType.startsWith('application/problem+json');

  const digests = () => Promise.all(SERVICES_WITH_DATA.map((service) => tenantRowsDigest(service, tenantId())));

  it('walks a document that lists the operations of identity, scheduling and training', () => {
    const paths = operations.map((operation) => operation.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/clinics',
        '/api/v1/staff',
        '/api/v1/patients',
        '/api/v1/appointments',
        '/api/v1/training/completions',
      ]),
    );
  });

  it('answers each listed hostile case with a 4xx problem, without a hang, and changes no row', async () => {
    const before = await digests();
    const failures: string[] = [];
    for (const operation of operations) {
      for (const request of hostileRequestsFor(document, operation, pathValue(operation.path))) {
        const answer = await send(request);
        if (!refusedCleanly(answer)) failures.push(`${request.name} → ${answer.status} ${answer.contentType}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await digests()).toEqual(before);
  });

  it('answers generated bodies carrying one value no field accepts with a 4xx problem, and changes no row', async () => {
    const before = await digests();
    for (const operation of operations.filter((candidate) => candidate.body)) {
      const path = fillPath(operation, pathValue(operation.path));
      await fc.assert(
        fc.asyncProperty(arbitraryHostileBody(operation.body ?? {}), async (body) => {
          const answer = await send({
            name: operation.path,
            method: operation.method,
            path,
            headers: { 'content-type': 'application/json' },
            body,
          });
          expect({
            operation: `${operation.method} ${operation.path}`,
            body: body.slice(0, 200),
            refused: refusedCleanly(answer),
            status: answer.status,
          }).toMatchObject({ refused: true });
        }),
        { numRuns: 8 },
      );
    }
    expect(await digests()).toEqual(before);
  });
});
