import type { OpenAPIObject } from '@nestjs/swagger';
import { mergeServiceDocuments } from './merged-document';

const aServiceDocument = (path: string, schemaName: string, schema: object): OpenAPIObject => ({
  openapi: '3.0.0',
  info: { title: 'service', version: '1' },
  paths: {
    [path]: {
      get: {
        responses: {
          200: {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaName}` } } },
          },
        },
      },
    },
  },
  components: { schemas: { [schemaName]: schema } },
});

const location = { type: 'object', properties: { id: { type: 'string' }, address: { type: 'string' } } };
const locationReplica = { type: 'object', properties: { id: { type: 'string' }, timeZone: { type: 'string' } } };

describe('the merged API document', () => {
  const merged = mergeServiceDocuments([
    { service: 'identity', document: aServiceDocument('/api/v1/locations', 'Location', location) },
    { service: 'scheduling', document: aServiceDocument('/api/v1/rooms', 'Location', locationReplica) },
    { service: 'billing', document: undefined },
  ]);

  it('puts each operation in its service’s section', () => {
    expect(merged.tags?.map((tag) => tag.name)).toEqual(['identity', 'scheduling']);
    expect(merged.paths['/api/v1/locations'].get?.tags).toEqual(['identity']);
    expect(merged.paths['/api/v1/rooms'].get?.tags).toEqual(['scheduling']);
  });

  it('keeps two services’ different shapes of one name apart', () => {
    expect(merged.components?.schemas?.Location).toEqual(location);
    expect(merged.components?.schemas?.['scheduling.Location']).toEqual(locationReplica);
    expect(merged.paths['/api/v1/rooms'].get?.responses[200]).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/scheduling.Location' } } },
    });
  });

  it('says which services did not answer', () => {
    expect(merged.info.description).toContain('billing');
  });
});
