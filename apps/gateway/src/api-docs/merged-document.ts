import type { OpenAPIObject, SchemaObject } from '@nestjs/swagger';
import type { ServiceName } from '../routing/route-table';

export interface ServiceDocument {
  service: ServiceName;
  /** Undefined when the service did not answer. */
  document: OpenAPIObject | undefined;
}

/** One tag per service, so Swagger UI shows the API in sections by the service that answers. */
const SERVICE_SECTIONS: Record<ServiceName, string> = {
  identity: 'clinics, locations, staff accounts, sign-in and the audit trail',
  scheduling:
    'patients and their coverage, providers, rooms, visit types, availability, slots, appointments and reminders',
  billing: 'fee schedules, charges, statements and payments',
  claims: 'payers, claims and remittances',
  training: 'training requirements, completions and certificates',
};

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const SCHEMA_REF = '#/components/schemas/';

/** Two services may name different shapes alike; the later one's gets its service's name in front. */
const withoutClashes = (
  document: OpenAPIObject,
  service: ServiceName,
  taken: Record<string, SchemaObject>,
): OpenAPIObject => {
  const clashing = Object.entries(document.components?.schemas ?? {})
    .filter(([name, schema]) => taken[name] && JSON.stringify(taken[name]) !== JSON.stringify(schema))
    .map(([name]) => name);
  if (!clashing.length) return document;
  let text = JSON.stringify(document);
  for (const name of clashing) text = text.split(`"${SCHEMA_REF}${name}"`).join(`"${SCHEMA_REF}${service}.${name}"`);
  const renamed = JSON.parse(text) as OpenAPIObject;
  const schemas = renamed.components?.schemas ?? {};
  for (const name of clashing) {
    schemas[`${service}.${name}`] = schemas[name];
    delete schemas[name];
  }
  return renamed;
};

const taggedPaths = (document: OpenAPIObject, service: ServiceName): OpenAPIObject['paths'] =>
  Object.fromEntries(
    Object.entries(document.paths).map(([path, item]) => {
      for (const method of HTTP_METHODS) {
        const operation = item[method];
        if (operation) operation.tags = [service];
      }
      return [path, item];
    }),
  );

/** The public API as one OpenAPI document: every service's own description, grouped by service, behind bearer tokens. */
export const mergeServiceDocuments = (described: ServiceDocument[]): OpenAPIObject => {
  const schemas: Record<string, SchemaObject> = {};
  const paths: OpenAPIObject['paths'] = {};
  for (const { service, document } of described) {
    if (!document) continue;
    const own = withoutClashes(document, service, schemas);
    Object.assign(schemas, own.components?.schemas);
    Object.assign(paths, taggedPaths(own, service));
  }
  const silent = described.filter(({ document }) => !document).map(({ service }) => service);
  return {
    openapi: '3.0.0',
    info: {
      title: 'Praxis API',
      version: '1',
      description: silent.length
        ? `Not described right now (the service did not answer): ${silent.join(', ')}.`
        : 'Every operation of every Praxis service.',
    },
    tags: described
      .filter(({ document }) => document)
      .map(({ service }) => ({ name: service, description: SERVICE_SECTIONS[service] })),
    paths,
    components: { schemas, securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    security: [{ bearer: [] }],
  };
};
