import type { OpenAPIObject } from '@nestjs/swagger';
import { documentationGaps } from './openapi-completeness';

const problem = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
const patient = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] };

const aDocument = (operation: object, path = '/api/v1/patients/{id}'): OpenAPIObject => ({
  openapi: '3.0.0',
  info: { title: 'test', version: '1' },
  paths: { [path]: { patch: operation } } as OpenAPIObject['paths'],
  components: {
    schemas: {
      Patient: patient,
      Problem: { type: 'object', properties: { status: { type: 'integer' } } },
      Empty: { type: 'object', properties: {} },
    },
  },
});

const aCompleteOperation = {
  parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
  requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Patient' } } } },
  responses: {
    200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Patient' } } } },
    400: { description: 'bad', content: problem },
  },
};

describe('documentation gaps', () => {
  it('finds none in an operation described in full', () => {
    expect(documentationGaps(aDocument(aCompleteOperation), { 'PATCH /api/v1/patients/{id}': [] })).toEqual([]);
  });

  it('names an empty request schema', () => {
    const operation = {
      ...aCompleteOperation,
      requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Empty' } } } },
    };
    expect(documentationGaps(aDocument(operation))).toEqual([
      'PATCH /api/v1/patients/{id} has an empty request schema',
    ]);
  });

  it('names a path parameter the path has but the operation leaves out', () => {
    expect(documentationGaps(aDocument({ ...aCompleteOperation, parameters: [] }))).toEqual([
      'PATCH /api/v1/patients/{id} does not document path parameter "id"',
    ]);
  });

  it('names a query parameter the route reads but the document leaves out', () => {
    expect(documentationGaps(aDocument(aCompleteOperation), { 'PATCH /api/v1/patients/{id}': ['limit'] })).toEqual([
      'PATCH /api/v1/patients/{id} does not document query parameter "limit"',
    ]);
  });

  it('names an untyped success and an error that is not problem+json', () => {
    const operation = {
      ...aCompleteOperation,
      responses: {
        200: { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } },
        404: { description: 'missing' },
      },
    };
    expect(documentationGaps(aDocument(operation))).toEqual([
      'PATCH /api/v1/patients/{id} has no typed 2xx response',
      'PATCH /api/v1/patients/{id} documents its 404 answer without a problem+json schema',
    ]);
  });

  it('names a property that has items but is not an array', () => {
    const document = aDocument(aCompleteOperation);
    document.components = {
      schemas: {
        ...document.components?.schemas,
        Patient: { ...patient, properties: { roles: { type: 'string', items: { type: 'string' } } } },
      },
    };
    expect(documentationGaps(document)).toEqual(['schema Patient.roles has items but is not an array']);
  });

  it('accepts 204 No Content as a typed success', () => {
    const operation = {
      ...aCompleteOperation,
      responses: { 204: { description: 'done' }, 400: { description: 'bad', content: problem } },
    };
    expect(documentationGaps(aDocument(operation))).toEqual([]);
  });
});
