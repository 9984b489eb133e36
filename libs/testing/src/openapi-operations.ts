import type { OpenAPIObject, OperationObject, ParameterObject, PathItemObject, ReferenceObject } from '@nestjs/swagger';

/** `GET /api/v1/patients/{id}`: an operation as the document names it. */
export type OperationKey = string;

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

export interface DocumentOperation {
  key: OperationKey;
  method: Uppercase<(typeof HTTP_METHODS)[number]>;
  path: string;
  operation: OperationObject;
  /** The path item's parameters followed by the operation's own, references left as they are. */
  parameters: Array<ParameterObject | ReferenceObject>;
}

const operationsOfPath = (path: string, item: PathItemObject): DocumentOperation[] =>
  HTTP_METHODS.flatMap((method) => {
    const operation = item[method];
    if (!operation) return [];
    const upper = method.toUpperCase() as DocumentOperation['method'];
    return [
      {
        key: `${upper} ${path}`,
        method: upper,
        path,
        operation,
        parameters: [...(item.parameters ?? []), ...(operation.parameters ?? [])],
      },
    ];
  });

/** Every operation of an OpenAPI document, in document order. */
export const documentOperations = (document: OpenAPIObject): DocumentOperation[] =>
  Object.entries(document.paths).flatMap(([path, item]) => operationsOfPath(path, item));
