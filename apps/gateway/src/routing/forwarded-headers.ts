import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAY_HEADER } from '@praxis/platform';
import type { IncomingHttpHeaders } from 'node:http';

/** What a caller may tell a service; everything else (cookies, the caller's own internal-token header...) stays at the door. */
const REQUEST_HEADERS = ['content-type', 'accept', IDEMPOTENCY_KEY_HEADER, 'if-match', 'if-none-match'] as const;

/** What a service may tell a caller beyond status and body. */
export const RESPONSE_HEADERS = [
  'content-type',
  'location',
  'retry-after',
  'etag',
  'content-disposition',
  IDEMPOTENT_REPLAY_HEADER,
] as const;

export const forwardedRequestHeaders = (incoming: IncomingHttpHeaders): Record<string, string> =>
  Object.fromEntries(
    REQUEST_HEADERS.flatMap((name) => {
      const value = incoming[name];
      return typeof value === 'string' ? [[name, value]] : [];
    }),
  );
