import { hasBody, unacceptableBody } from '@praxis/platform';
import type { IncomingMessage } from 'node:http';
import getRawBody from 'raw-body';

/**
 * The bytes a caller sent, to be passed on untouched. Read by raw-body, as Express's body parser reads them, so an
 * oversized body is the same 413 and a cut-short one the same 400; a body that is not JSON is 415 before it is read.
 */
export const requestBodyOf = async (request: IncomingMessage, limitBytes: number): Promise<Buffer | undefined> => {
  const unacceptable = unacceptableBody(request);
  if (unacceptable) throw unacceptable;
  if (!hasBody(request)) return undefined;
  return getRawBody(request, { length: request.headers['content-length'], limit: limitBytes });
};
