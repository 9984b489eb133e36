import { FieldProblem } from '../errors/domain-error';

/** Deeper than any request Praxis accepts; a cap keeps recursive validators far from the stack limit. */
export const MAX_JSON_DEPTH = 32;

/** Keys that reach Object.prototype when a library copies the body with plain assignment. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

interface Pending {
  value: unknown;
  field: string;
  depth: number;
}

const childField = (parent: string, key: string | number): string =>
  typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;

/** PostgreSQL refuses NUL in text and lone surrogates cannot be encoded as UTF-8: both would fail deep in a query. */
const stringProblem = (value: string): string | undefined => {
  if (value.includes('\u0000')) return 'must not contain a NUL character';
  if (UNPAIRED_SURROGATE.test(value)) return 'must not contain an unpaired surrogate (invalid Unicode)';
  return undefined;
};

const keyProblem = (key: string): string | undefined => {
  if (PROTOTYPE_KEYS.has(key)) return 'is not a field this API accepts';
  const problem = stringProblem(key);
  return problem && `name ${problem}`;
};

const scalarProblem = (value: unknown): string | undefined => {
  if (typeof value === 'string') return stringProblem(value);
  if (typeof value === 'number' && !Number.isFinite(value)) return 'must be a number JSON can represent';
  return undefined;
};

const entriesOf = (value: object): Array<[string | number, unknown]> =>
  Array.isArray(value) ? value.map((item, index): [number, unknown] => [index, item]) : Object.entries(value);

/**
 * Values no field of any Praxis API can accept, found before validation and long before the database: NUL and
 * unpaired surrogates in strings (keys included), numbers outside what JSON can hold, prototype keys and
 * absurd nesting. Iterative, so a body nested ten thousand levels deep cannot overflow the stack here.
 */
export const hostileValueProblems = (root: unknown, rootField = ''): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  const pending: Pending[] = [{ value: root, field: rootField, depth: 0 }];
  while (pending.length > 0 && problems.length < 20) {
    const { value, field, depth } = pending.pop() as Pending;
    if (value === null || typeof value !== 'object') {
      const problem = scalarProblem(value);
      if (problem) problems.push({ field: field || 'body', message: problem });
      continue;
    }
    if (depth >= MAX_JSON_DEPTH) {
      problems.push({ field: field || 'body', message: `is nested more than ${MAX_JSON_DEPTH} levels deep` });
      continue;
    }
    for (const [key, child] of entriesOf(value)) {
      const path = childField(field, key);
      const problem = typeof key === 'string' ? keyProblem(key) : undefined;
      if (problem) problems.push({ field: path, message: problem });
      else pending.push({ value: child, field: path, depth: depth + 1 });
    }
  }
  return problems;
};
