import { DynamicModule, RequestMethod, Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type {
  OpenAPIObject,
  OperationObject,
  ParameterObject,
  ReferenceObject,
  RequestBodyObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';
import { documentOperations, OperationKey } from './openapi-operations';
import { controllersOf, handlersOf } from './route-access';

const PROBLEM = 'application/problem+json';

const resolve = <T extends object>(document: OpenAPIObject, value: T | ReferenceObject | undefined): T | undefined => {
  if (!value || !('$ref' in value)) return value;
  const [, , section, name] = value.$ref.split('/');
  return (document.components as Record<string, Record<string, T>> | undefined)?.[section]?.[name];
};

const isEmptySchema = (document: OpenAPIObject, schema: SchemaObject | ReferenceObject | undefined): boolean => {
  const resolved = resolve(document, schema);
  if (!resolved) return true;
  if (resolved.type === 'array') return isEmptySchema(document, resolved.items);
  const composed = [...(resolved.allOf ?? []), ...(resolved.oneOf ?? []), ...(resolved.anyOf ?? [])];
  if (composed.length) return composed.every((part) => isEmptySchema(document, part));
  if (resolved.type && resolved.type !== 'object') return false;
  return Object.keys(resolved.properties ?? {}).length === 0 && !resolved.additionalProperties;
};

const bodyGaps = (document: OpenAPIObject, operation: OperationObject): string[] => {
  const body = resolve<RequestBodyObject>(document, operation.requestBody);
  if (!body) return [];
  // JSON mostly; an X12 upload is described as a string of its own media type.
  const typed = Object.values(body.content).some((media) => !isEmptySchema(document, media.schema));
  return typed ? [] : ['has an empty request schema'];
};

const parameterGaps = (path: string, parameters: ParameterObject[], queryRead: string[] | undefined): string[] => {
  const templated = [...path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => name);
  const documented = (place: string) =>
    parameters.filter((parameter) => parameter.in === place && parameter.schema).map((parameter) => parameter.name);
  return [
    ...templated
      .filter((name) => !documented('path').includes(name))
      .map((name) => `does not document path parameter "${name}"`),
    ...(queryRead ?? [])
      .filter((name) => !documented('query').includes(name))
      .map((name) => `does not document query parameter "${name}"`),
  ];
};

const responseGaps = (document: OpenAPIObject, operation: OperationObject): string[] => {
  const responses = Object.entries(operation.responses ?? {}).map(
    ([status, response]) => [status, resolve<ResponseObject>(document, response)] as const,
  );
  const success = responses.filter(([status]) => /^2\d\d$/.test(status));
  const typed = success.some(
    ([status, response]) =>
      status === '204' ||
      (response?.content && Object.values(response.content).some((media) => !isEmptySchema(document, media.schema))),
  );
  const untypedErrors = responses
    .filter(([status, response]) => !/^2\d\d$/.test(status) && !response?.content?.[PROBLEM])
    .map(([status]) => status);
  return [
    ...(typed ? [] : ['has no typed 2xx response']),
    ...(responses.some(([status]) => /^4\d\d$|^default$/.test(status)) ? [] : ['documents no error response']),
    ...untypedErrors.map((status) => `documents its ${status} answer without a problem+json schema`),
  ];
};

/** A property that lists `items` but is not an array would make a generator send a scalar where the API wants a list. */
const malformedSchemas = (document: OpenAPIObject): string[] =>
  Object.entries((document.components?.schemas ?? {}) as Record<string, SchemaObject>).flatMap(([name, schema]) =>
    Object.entries((schema.properties ?? {}) as Record<string, SchemaObject>)
      .filter(([, property]) => property.items && property.type !== 'array')
      .map(([property]) => `schema ${name}.${property} has items but is not an array`),
  );

/**
 * What a client generator or a request fuzzer could not learn from the document: empty request schemas, path or query
 * parameters the route reads but the document leaves out, untyped successes, errors not described as problem+json.
 */
export const documentationGaps = (
  document: OpenAPIObject,
  queryParametersRead: Record<OperationKey, string[]> = {},
): string[] => [
  ...malformedSchemas(document),
  ...documentOperations(document).flatMap(({ key, path, operation, parameters: declared }) => {
    const parameters = declared
      .map((parameter) => resolve<ParameterObject>(document, parameter))
      .filter((parameter): parameter is ParameterObject => !!parameter);
    return [
      ...bodyGaps(document, operation),
      ...parameterGaps(path, parameters, queryParametersRead[key]),
      ...responseGaps(document, operation),
    ].map((gap) => `${key} ${gap}`);
  }),
];

const joinPath = (...parts: (string | undefined)[]): string =>
  `/${parts
    .flatMap((part) => (part ?? '').split('/'))
    .filter(Boolean)
    .map((segment) => (segment.startsWith(':') ? `{${segment.slice(1)}}` : segment))
    .join('/')}`;

const queryNamesOf = (controller: Type, method: string): string[] => {
  const routeArguments: Record<string, { index: number; data?: unknown }> =
    Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {};
  const parameterTypes: Type[] = Reflect.getMetadata('design:paramtypes', controller.prototype, method) ?? [];
  return Object.entries(routeArguments)
    .filter(([key]) => Number(key.split(':')[0]) === RouteParamtypes.QUERY)
    .flatMap(([, argument]) =>
      typeof argument.data === 'string'
        ? [argument.data]
        : getMetadataStorage()
            .getTargetValidationMetadatas(parameterTypes[argument.index], '', true, false)
            .map((rule) => rule.propertyName),
    );
};

/** Every query parameter each route of a service module reads, by operation: what its document must list. */
export const queryParametersRead = (module: DynamicModule): Record<OperationKey, string[]> =>
  Object.fromEntries(
    controllersOf(module).flatMap((controller) =>
      handlersOf(controller).map(([name, handler]) => {
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const path = joinPath(
          Reflect.getMetadata(PATH_METADATA, controller) as string,
          Reflect.getMetadata(PATH_METADATA, handler) as string,
        );
        return [`${method} ${path}`, [...new Set(queryNamesOf(controller, name))]];
      }),
    ),
  );
