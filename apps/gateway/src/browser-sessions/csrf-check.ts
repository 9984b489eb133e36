import { ForbiddenException } from '@nestjs/common';
import type { Request } from 'express';

/**
 * A cross-site form cannot set a custom header, and a cross-site script that tries needs a CORS preflight the gateway never
 * grants; the Origin check also refuses a request a browser marks as coming from another site.
 */
export const CSRF_HEADER = 'x-praxis-csrf';

export const requireSameOriginBrowser = (request: Request): void => {
  if (request.header(CSRF_HEADER) !== '1')
    throw new ForbiddenException(`send the ${CSRF_HEADER}: 1 header from the console`);
  const origin = request.header('origin');
  if (origin === undefined) return;
  const host = URL.canParse(origin) ? new URL(origin).host : undefined;
  if (host !== request.header('host')) throw new ForbiddenException('this request came from another site');
};
