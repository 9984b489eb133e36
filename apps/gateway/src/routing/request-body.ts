import { SERVICE_ACCESS } from '@praxis/auth';
import { hasBody, unacceptableBody } from '@praxis/platform';
import type { IncomingMessage } from 'node:http';
import getRawBody from 'raw-body';

/** Paths a service takes an X12 file on, as received; every other body is JSON. */
const X12_UPLOADS = SERVICE_ACCESS.flatMap((access) => access.x12Uploads ?? []);

/**
 * The bytes a caller sent, to be passed on untouched. Read by raw-body, as Express's body parser reads them, so an
 * oversized body is the same 413 and a cut-short one the same 400; a body that is not JSON (or
 * X12 where a service takes it) is 415 before it is read.
 */
export const requestBodyOf = async (request: IncomingMessage, limitBytes: number): Promise<Buffer | undefined> => {
  const unacceptable = unacceptableBody(request, X12_UPLOADS);
  if (unacceptable) throw unacceptable;
  if (!hasBody(request)) return undefined;
  return getRawBody(request, { length: request.headers['content-length'], limit: limitBytes });
};
