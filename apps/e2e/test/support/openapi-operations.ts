import type { OpenAPIObject } from '@nestjs/swagger';
import { documentOperations } from '@praxis/testing';

export type OpenApiDocument = OpenAPIObject;

/** Just enough of OpenAPI 3's schemas to generate hostile values for an operation's inputs. */
export interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  nullable?: boolean;
  enum?: unknown[];
  $ref?: string;
  allOf?: Schema[];
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  schema?: Schema;
}

export interface Operation {
  method: string;
  path: string;
  pathParameters: string[];
  queryParameters: Array<{ name: string; schema: Schema }>;
  /** Top-level properties of the JSON body, references resolved; undefined when the operation takes no body. */
  body?: Schema;
}

export const resolve = (document: OpenApiDocument, schema: Schema | undefined): Schema => {
  if (!schema) return {};
  if (schema.$ref)
    return resolve(document, document.components?.schemas?.[schema.$ref.split('/').pop() ?? ''] as Schema | undefined);
  if (schema.allOf?.length === 1) return resolve(document, schema.allOf[0]);
  return schema;
};

export const operationsOf = (document: OpenApiDocument): Operation[] =>
  documentOperations(document).map(({ method, path, operation, parameters: declared }) => {
    const parameters = declared as Parameter[];
    const jsonBody = (operation.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)
      ?.content?.['application/json'];
    return {
      method,
      path,
      pathParameters: parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name),
      queryParameters: parameters
        .filter((parameter) => parameter.in === 'query')
        .map((parameter) => ({ name: parameter.name, schema: resolve(document, parameter.schema) })),
      body: jsonBody || ['POST', 'PUT', 'PATCH'].includes(method) ? resolve(document, jsonBody?.schema) : undefined,
    };
  });
