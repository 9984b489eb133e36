import type { NextFunction, Request, Response } from 'express';
import type { IncomingMessage } from 'node:http';
import { RequestValidationError, UnsupportedMediaTypeError } from '../errors/domain-error';
import { hostileValueProblems } from './hostile-values';

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const JSON_MEDIA_TYPE = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;
/** RFC 1767's EDI type, or plain text as clearinghouse mailboxes and hand-made uploads often label X12 files. */
export const X12_MEDIA_TYPE = /^(application\/edi-x12|text\/plain)\s*(;\s*charset\s*=\s*"?[\w-]+"?\s*)?$/i;

const pathOf = (url: string): string => url.split('?', 1)[0] ?? url;

export const hasBody = (request: IncomingMessage): boolean =>
  request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;

/**
 * Without this, a body sent as text/plain is skipped by the JSON parser and the request goes on as if it were
 * empty: a PATCH would answer 200 having changed nothing. Compressed bodies are refused rather than inflated,
 * so the size limit is the size of what is parsed.
 */
export const unacceptableBody = (
  request: IncomingMessage,
  x12Paths: readonly string[] = [],
): UnsupportedMediaTypeError | undefined => {
  if (!METHODS_WITH_BODY.has(request.method ?? '') || !hasBody(request)) return undefined;
  const encoding = request.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity')
    return new UnsupportedMediaTypeError(`Content-Encoding ${encoding} is not accepted: send the body uncompressed`);
  const contentType = request.headers['content-type'];
  if (x12Paths.includes(pathOf(request.url ?? '')))
    return contentType && X12_MEDIA_TYPE.test(contentType)
      ? undefined
      : new UnsupportedMediaTypeError(
          `the body must be an X12 interchange (application/edi-x12 or text/plain), not ${contentType ?? 'an unnamed type'}`,
        );
  if (!contentType || !JSON_MEDIA_TYPE.test(contentType))
    return new UnsupportedMediaTypeError(
      `the body must be application/json (UTF-8), not ${contentType ?? 'an unnamed type'}`,
    );
  return undefined;
};

/** JSON everywhere, except the paths that take an X12 interchange as it was sent. */
export const requireAcceptedBodies =
  (x12Paths: readonly string[] = []) =>
  (request: Request, _response: Response, next: NextFunction): void =>
    next(unacceptableBody(request, x12Paths));

/** One check for every service, before any DTO or query: values that no field accepts are 400, naming the field. */
export const rejectHostileInput = (request: Request, _response: Response, next: NextFunction): void => {
  const problems = [...hostileValueProblems(request.body), ...hostileValueProblems(request.query)];
  next(problems.length > 0 ? new RequestValidationError(problems) : undefined);
};
