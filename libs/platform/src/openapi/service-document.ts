import { INestApplication, Type } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, getSchemaPath, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { OperationObject, ParameterObject, ResponseObject, SchemaObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '../http/problem-details.filter';
import { Problem } from './problem.schema';
import { routeFactsOf, RouteFacts } from './route-facts';
import { describeColumns } from './column-schema';
import { describeValidatedProperties } from './validation-schema';

/** What `tools/openapi-metadata` generates for a service from its DTOs, entities and controllers (the swagger plugin's output). */
export type OpenApiMetadata = () => Promise<Record<string, unknown>>;
export const OPENAPI_METADATA = Symbol('OPENAPI_METADATA');

type PluginModels = [Promise<Record<string, unknown>>, Record<string, unknown>][];

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

const modelsOf = async (metadata: Record<string, unknown>): Promise<Type[]> => {
  const models = ((metadata['@nestjs/swagger'] as { models?: PluginModels } | undefined)?.models ?? []) as PluginModels;
  const files = await Promise.all(
    models.map(async ([file, classes]) => ({ exports: await file, names: Object.keys(classes) })),
  );
  return files.flatMap(({ exports, names }) => names.map((name) => exports[name] as Type));
};

/** A service module provides the metadata generated from its DTOs; the gateway and the skeleton services have none. */
const openApiMetadataOf = (app: INestApplication): OpenApiMetadata | undefined => {
  for (const module of app.get(ModulesContainer).values()) {
    const provider = module.providers.get(OPENAPI_METADATA);
    if (provider) return provider.instance as OpenApiMetadata;
  }
  return undefined;
};

const problemResponse = (description: string): ResponseObject => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(Problem) } } },
});

/** Every error leaves as problem+json; the statuses any route can give are named, the others fall under `default`. */
const describeProblems = (operation: OperationObject, facts: RouteFacts | undefined): void => {
  const parameters = (operation.parameters ?? []) as ParameterObject[];
  operation.responses = {
    ...operation.responses,
    ...(operation.requestBody || parameters.length
      ? { 400: problemResponse('the request is malformed or a field is invalid; `errors` names the fields') }
      : {}),
    401: problemResponse('no valid token, or wrong credentials'),
    ...(facts?.anonymous ? {} : { 403: problemResponse("the caller's role may not do this") }),
    ...(parameters.some((parameter) => parameter.in === 'path')
      ? { 404: problemResponse('no such record in this clinic') }
      : {}),
    default: problemResponse(
      'any other refusal (409 conflict, 422 rule broken, 423 locked, 429 too many requests, 5xx)',
    ),
  };
};

const describePathParameters = (operation: OperationObject, facts: RouteFacts | undefined): void => {
  for (const parameter of (operation.parameters ?? []) as ParameterObject[]) {
    const known = parameter.in === 'path' ? facts?.pathParameters[parameter.name] : undefined;
    if (known) parameter.schema = { ...parameter.schema, ...known };
  }
};

const SCALAR_KEYWORDS = [
  'minimum',
  'maximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'enum',
] as const;

/** The plugin also leaves `{ each: true }` bounds on the array itself, where JSON Schema ignores them; its items carry them. */
const withoutScalarKeywordsOnArrays = (schema: SchemaObject): void => {
  for (const property of Object.values(schema.properties ?? {}) as SchemaObject[]) {
    if (property.type === 'array') SCALAR_KEYWORDS.forEach((keyword) => delete property[keyword]);
  }
};

const operationsOf = (document: OpenAPIObject): OperationObject[] =>
  Object.values(document.paths).flatMap((path) =>
    HTTP_METHODS.map((method) => path[method]).filter((operation): operation is OperationObject => !!operation),
  );

/**
 * The service's OpenAPI document: types, required fields and nullability from the swagger plugin's metadata, constraints
 * from the class-validator rules that really run, path formats from the route pipes, and problem+json for every error.
 */
export const describeService = async (app: INestApplication, serviceName: string): Promise<OpenAPIObject> => {
  const metadata = openApiMetadataOf(app);
  const loaded = metadata ? await metadata() : {};
  await SwaggerModule.loadPluginMetadata(async () => loaded);
  const facts = routeFactsOf(app);
  const inputTypes = [...facts.values()].flatMap((route) => route.inputTypes);
  const models = await modelsOf(loaded);
  models.forEach(describeColumns);
  const validated = [...new Set([...models, ...inputTypes])].filter(describeValidatedProperties);
  const config = new DocumentBuilder()
    .setTitle(`Praxis ${serviceName}`)
    .setVersion('1')
    .addBearerAuth()
    .addSecurityRequirements('bearer')
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [Problem] });
  for (const operation of operationsOf(document)) {
    const routeFacts = operation.operationId ? facts.get(operation.operationId) : undefined;
    describePathParameters(operation, routeFacts);
    describeProblems(operation, routeFacts);
    if (routeFacts?.anonymous) operation.security = [];
  }
  const schemas = (document.components?.schemas ?? {}) as Record<string, SchemaObject>;
  for (const model of validated) if (schemas[model.name]) schemas[model.name].additionalProperties = false;
  Object.values(schemas).forEach(withoutScalarKeywordsOnArrays);
  return document;
};
