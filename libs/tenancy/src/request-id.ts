import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

/** A caller's request id is kept end to end when it is safe to log; otherwise a new one is made. */
export const requestIdOf = (request: IncomingMessage): string => {
  const header = request.headers[REQUEST_ID_HEADER];
  return typeof header === 'string' && /^[\w.-]{1,128}$/.test(header) ? header : randomUUID();
};
