import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPIObject } from '@nestjs/swagger';
import { BuiltService, BuiltSystem, documentationGaps, documentOperations, startBuiltSystem } from '@praxis/testing';

const fetchJson = async <T>(url: string): Promise<T> => (await (await fetch(url)).json()) as T;

describe('a developer reads the API description at the gateway', () => {
  let system: BuiltSystem;
  let identity: BuiltService;
  let scheduling: BuiltService;
  let billing: BuiltService;
  let claims: BuiltService;
  let training: BuiltService;
  let gateway: BuiltService;
  let merged: OpenAPIObject;

  beforeAll(async () => {
    system = await startBuiltSystem();
    [identity, scheduling, billing, claims, training, gateway] = [
      system.identity,
      system.scheduling,
      system.billing,
      system.claims,
      system.training,
      system.gateway,
    ];
    merged = await fetchJson<OpenAPIObject>(`${gateway.url}/api/openapi.json`);
  }, 90_000);
  afterAll(async () => {
    await system?.stop();
  });

  it('finds every operation of every service, each in its service’s section', async () => {
    const own = await Promise.all(
      [identity, scheduling, billing, claims, training].map((service) =>
        fetchJson<OpenAPIObject>(`${service.url}/openapi.json`),
      ),
    );
    const ownKeys = own.flatMap((document) => documentOperations(document).map(({ key }) => key));
    expect(
      documentOperations(merged)
        .map(({ key }) => key)
        .sort(),
    ).toEqual(ownKeys.sort());
    expect(merged.tags?.map((tag) => tag.name)).toEqual(['identity', 'scheduling', 'billing', 'claims', 'training']);
    const sectionOf = Object.fromEntries(documentOperations(merged).map(({ key, operation }) => [key, operation.tags]));
    expect(sectionOf['POST /api/v1/auth/login']).toEqual(['identity']);
    expect(sectionOf['POST /api/v1/appointments']).toEqual(['scheduling']);
    expect(sectionOf['POST /api/v1/billing/fee-schedules']).toEqual(['billing']);
    expect(sectionOf['POST /api/v1/payers']).toEqual(['claims']);
    expect(sectionOf['POST /api/v1/training/completions']).toEqual(['training']);
  });

  it('is a valid OpenAPI 3 document', async () => {
    await expect(SwaggerParser.validate(structuredClone(merged) as never)).resolves.toBeDefined();
    expect(merged.openapi).toMatch(/^3\./);
  });

  it('types every request, parameter and answer, and describes errors as problem+json', () => {
    expect(documentationGaps(merged)).toEqual([]);
  });

  it('asks for a bearer token everywhere but sign-up, login, refresh and logout', () => {
    expect(merged.components?.securitySchemes?.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    const open = documentOperations(merged)
      .filter(({ operation }) => operation.security?.length === 0)
      .map(({ key }) => key);
    expect(open.sort()).toEqual([
      'POST /api/v1/auth/login',
      'POST /api/v1/auth/logout',
      'POST /api/v1/auth/refresh',
      'POST /api/v1/clinics',
    ]);
  });

  it('serves Swagger UI at /api/docs with the merged document, not an empty one', async () => {
    const page = await fetch(`${gateway.url}/api/docs/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('swagger-ui-init.js');
    const init = await (await fetch(`${gateway.url}/api/docs/swagger-ui-init.js`)).text();
    expect(init).toContain('"/api/v1/patients/{id}"');
    expect(init).toContain('"/api/v1/auth/login"');
  });
});
