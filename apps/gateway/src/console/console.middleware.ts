import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { GATEWAY_CONFIG, GatewayConfig } from '../gateway.config';
import { consoleFileFor, isConsolePath } from './console-files';

/** Scripts and styles only from the gateway itself; React Aria positions popovers with inline styles. */
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** Serves the built web console on the gateway's own origin, so the console and the API share cookies and need no CORS. */
@Injectable()
export class ConsoleMiddleware implements NestMiddleware {
  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {}

  use(request: Request, response: Response, next: NextFunction): void {
    // Nest mounts middleware on a route pattern, so `request.path` is relative to it; the original URL is not.
    const path = new URL(request.originalUrl, 'http://gateway').pathname;
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !isConsolePath(path)) return next();
    const file = consoleFileFor(this.config.CONSOLE_DIRECTORY, path);
    if (!file) return next();
    response
      .set({
        'content-type': file.contentType,
        'cache-control': file.cacheControl,
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      })
      .sendFile(file.path);
  }
}
