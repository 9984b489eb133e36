import fc from 'fast-check';
import { OpenApiDocument, Operation, resolve, Schema } from './openapi-operations';

export interface HostileRequest {
  name: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** JSON.stringify cannot write a number JSON cannot hold; the marker is swapped for the raw text afterwards. */
const TOO_BIG_NUMBER = '\u2063too-big-number\u2063';
const json = (value: unknown): string => JSON.stringify(value).replaceAll(`"${TOO_BIG_NUMBER}"`, '1e400');

const JSON_HEADERS = { 'content-type': 'application/json' };

/** Values no field accepts, whatever its type. */
const POISONS: Record<string, unknown> = {
  'a NUL byte': 'before\u0000after',
  'a lone surrogate': 'before\ud800after',
  'a number JSON cannot hold': TOO_BIG_NUMBER,
};

/** A value of the wrong JSON type for each schema type; a schema that names no type gets none. */
const WRONG_TYPES: Record<string, unknown> = {
  string: 12345,
  integer: 'twelve',
  number: 'twelve',
  boolean: 'yes',
  array: { not: 'a list' },
  object: 'not an object',
};

const wrongTypeFor = (schema: Schema): unknown => WRONG_TYPES[schema.type ?? (schema.properties ? 'object' : '')];

export const fillPath = (operation: Operation, value: (name: string) => string): string =>
  operation.pathParameters.reduce((path, name) => path.replace(`{${name}}`, value(name)), operation.path);

const propertyPoisons = (document: OpenApiDocument, body: Schema): Array<[string, unknown]> =>
  Object.entries(body.properties ?? {}).flatMap(([name, raw]) => {
    const schema = resolve(document, raw);
    const values: Array<[string, unknown]> = Object.entries(POISONS).map(([label, poison]) => [
      `${name} with ${label}`,
      poison,
    ]);
    if (!schema.nullable) values.push([`${name} set to null`, null]);
    const wrong = wrongTypeFor(schema);
    if (wrong !== undefined) values.push([`${name} of the wrong type`, wrong]);
    return values.map(([label, value]): [string, unknown] => [label, { [name]: value }]);
  });

/** The fixed cases every operation that takes a body must refuse. */
const bodyCases = (document: OpenApiDocument, body: Schema): Array<[string, Partial<HostileRequest>]> => [
  ...(body.required?.length
    ? [['an empty object', { headers: JSON_HEADERS, body: '{}' }] as [string, Partial<HostileRequest>]]
    : []),
  ['a text/plain body', { headers: { 'content-type': 'text/plain' }, body: '{"anything": 1}' }],
  ['a body claiming gzip that is not', { headers: { ...JSON_HEADERS, 'content-encoding': 'gzip' }, body: '{}' }],
  ['a body of 2 MB', { headers: JSON_HEADERS, body: json({ padding: 'x'.repeat(2 * 1024 * 1024) }) }],
  [
    'JSON nested 10,000 levels',
    { headers: JSON_HEADERS, body: `{"nested":${'['.repeat(10_000)}${']'.repeat(10_000)}}` },
  ],
  ...['__proto__', 'constructor', 'prototype'].map((key): [string, Partial<HostileRequest>] => [
    `a ${key} key`,
    { headers: JSON_HEADERS, body: `{"${key}":{"isAdmin":true}}` },
  ]),
  ...propertyPoisons(document, body).map(([label, value]): [string, Partial<HostileRequest>] => [
    label,
    { headers: JSON_HEADERS, body: json(value) },
  ]),
];

const GARBLED_CURSOR = Buffer.from(
  JSON.stringify({ createdAt: '1', id: '00000000-0000-0000-0000-000000000000' }),
).toString('base64url');

/** Query strings that must be refused, by parameter: loose types are not coerced, cursors are checked. */
const queryCases = (operation: Operation): Array<[string, string]> =>
  operation.queryParameters.flatMap(({ name, schema }) => {
    const cases: Array<[string, string]> = [[`${name} with a NUL byte`, `${name}=a%00b`]];
    if (schema.type === 'integer' || schema.type === 'number')
      cases.push(
        [`${name}=true`, `${name}=true`],
        [`${name}=[1]`, `${name}=%5B1%5D`],
        [`${name} twice`, `${name}=1&${name}=2`],
      );
    if (name === 'cursor')
      cases.push(['a garbled cursor', 'cursor=%%%not-base64'], ['a forged cursor', `cursor=${GARBLED_CURSOR}`]);
    return cases;
  });

export const hostileRequestsFor = (
  document: OpenApiDocument,
  operation: Operation,
  pathValue: (name: string) => string,
): HostileRequest[] => {
  const path = fillPath(operation, pathValue);
  const base = { method: operation.method, path, headers: {} };
  const bodies = operation.body ? bodyCases(document, operation.body) : [];
  const queries = queryCases(operation).map(([label, query]): [string, Partial<HostileRequest>] => [
    label,
    { path: `${path}?${query}` },
  ]);
  const paths = operation.pathParameters.map((name): [string, Partial<HostileRequest>] => [
    `${name} with a NUL byte`,
    {
      path: fillPath(operation, (other) => (other === name ? 'a%00b' : pathValue(other))),
      ...(operation.body ? { headers: JSON_HEADERS, body: '{}' } : {}),
    },
  ]);
  return [...bodies, ...queries, ...paths].map(([label, overrides]) => ({
    ...base,
    ...overrides,
    name: `${operation.method} ${operation.path}: ${label}`,
  }));
};

/** A generated body: arbitrary JSON for the operation's own fields plus one value no field accepts. */
export const arbitraryHostileBody = (body: Schema): fc.Arbitrary<string> => {
  const names = Object.keys(body.properties ?? {});
  const poisonTarget = fc.oneof(
    fc.constantFrom(...(names.length > 0 ? names : ['field'])),
    fc.string({ minLength: 1, maxLength: 12 }),
  );
  const poison = fc.constantFrom(...Object.values(POISONS), { constructor: { isAdmin: true } }, [
    ['nested', 'before\u0000after'],
  ]);
  const fields =
    names.length > 0
      ? fc.dictionary(fc.constantFrom(...names), fc.jsonValue({ maxDepth: 2 }), { maxKeys: names.length })
      : fc.constant({});
  return fc.tuple(fields, poisonTarget, poison).map(([values, target, value]) => json({ ...values, [target]: value }));
};
