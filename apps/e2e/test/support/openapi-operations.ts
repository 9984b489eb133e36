/** Just enough of OpenAPI 3 to walk a document's operations and the schemas of their inputs. */
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

interface RawOperation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface Operation {
  method: string;
  path: string;
  pathParameters: string[];
  queryParameters: Array<{ name: string; schema: Schema }>;
  /** Top-level properties of the JSON body, references resolved; undefined when the operation takes no body. */
  body?: Schema;
}

const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

export const resolve = (document: OpenApiDocument, schema: Schema | undefined): Schema => {
  if (!schema) return {};
  if (schema.$ref) return resolve(document, document.components?.schemas?.[schema.$ref.split('/').pop() ?? '']);
  if (schema.allOf?.length === 1) return resolve(document, schema.allOf[0]);
  return schema;
};

export const operationsOf = (document: OpenApiDocument): Operation[] =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => HTTP_METHODS.has(method))
      .map(([method, operation]) => {
        const parameters = operation.parameters ?? [];
        const jsonBody = operation.requestBody?.content?.['application/json'];
        return {
          method: method.toUpperCase(),
          path,
          pathParameters: parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name),
          queryParameters: parameters.filter((parameter) => parameter.in === 'query').map((parameter) => ({ name: parameter.name, schema: resolve(document, parameter.schema) })),
          body: jsonBody || ['POST', 'PUT', 'PATCH'].includes(method.toUpperCase()) ? resolve(document, jsonBody?.schema) : undefined,
        };
      }),
  );
