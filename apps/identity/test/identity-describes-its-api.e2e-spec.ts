import type { OpenAPIObject } from '@nestjs/swagger';
import {
  documentationGaps,
  documentOperations,
  queryParametersRead,
  RunningService,
  startService,
} from '@praxis/testing';
import { IDENTITY_SERVICE, IdentityModule } from '../src/identity.module';
import { identityTestConfig } from './identity-test-config';

describe('identity describes its API', () => {
  const module = IdentityModule.register(identityTestConfig());
  let identity: RunningService;
  let document: OpenAPIObject;

  beforeAll(async () => {
    identity = await startService(module, { serviceName: IDENTITY_SERVICE });
    document = (await (await fetch(`${identity.url}/openapi.json`)).json()) as OpenAPIObject;
  });
  afterAll(() => identity.close());

  const documented = () => documentOperations(document).map(({ key }) => key);

  it('lists every API route it serves', () => {
    const routes = Object.keys(queryParametersRead(module)).filter((route) => route.includes(' /api/'));
    expect(routes.length).toBeGreaterThan(10);
    expect(documented().sort()).toEqual(routes.sort());
  });

  it('gives every operation typed requests, parameters and answers, and problem+json errors', () => {
    expect(documentationGaps(document, queryParametersRead(module))).toEqual([]);
  });
});
