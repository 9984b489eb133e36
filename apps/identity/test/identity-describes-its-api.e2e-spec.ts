import type { OpenAPIObject } from '@nestjs/swagger';
import {
  documentationGaps,
  queryParametersRead,
  RunningService,
  serviceTestEnvironment,
  startService,
  TEST_ACCESS_SECRET,
} from '@praxis/testing';
import { identityConfigSchema } from '../src/identity.config';
import { IDENTITY_SERVICE, IdentityModule } from '../src/identity.module';

describe('identity describes its API', () => {
  const module = IdentityModule.register(
    identityConfigSchema.parse({
      ...serviceTestEnvironment(IDENTITY_SERVICE),
      ACCESS_TOKEN_SECRET: TEST_ACCESS_SECRET,
    }),
  );
  let identity: RunningService;
  let document: OpenAPIObject;

  beforeAll(async () => {
    identity = await startService(module, { serviceName: IDENTITY_SERVICE });
    document = (await (await fetch(`${identity.url}/openapi.json`)).json()) as OpenAPIObject;
  });
  afterAll(() => identity.close());

  const documented = () =>
    Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );

  it('lists every API route it serves', () => {
    const routes = Object.keys(queryParametersRead(module)).filter((route) => route.includes(' /api/'));
    expect(routes.length).toBeGreaterThan(10);
    expect(documented().sort()).toEqual(routes.sort());
  });

  it('gives every operation typed requests, parameters and answers, and problem+json errors', () => {
    expect(documentationGaps(document, queryParametersRead(module))).toEqual([]);
  });
});
