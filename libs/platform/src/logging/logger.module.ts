import { LoggerModule } from 'nestjs-pino';
import { ClsServiceManager } from 'nestjs-cls';
import { destination } from 'pino';
import { requestIdOf } from '@praxis/tenancy';

/**
 * Lines go to stdout without blocking the event loop on the write: a slow log collector must not slow the requests
 * it records. pino flushes what is still buffered when the process exits.
 */
const nonBlockingStdout = () => destination({ dest: 1, sync: false });

/** The tenant is known only once the request is authenticated: it is read when the request's line is written. */
const withTenant = <T extends object>(line: T) => ({
  ...line,
  tenantId: ClsServiceManager.getClsService().get('actor')?.tenantId,
});

/** Structured logs that carry requestId and tenantId; request bodies and headers (tokens among them) are never logged. */
export const structuredLogging = (service: string, level: string) =>
  LoggerModule.forRoot({
    pinoHttp: [
      {
        level,
        base: { service },
        genReqId: (request) => requestIdOf(request),
        // Added to the finished request's line rather than bound per request (customProps): no child logger per request.
        customSuccessObject: (_request, _response, line: object) => withTenant(line),
        customErrorObject: (_request, _response, _error, line: object) => withTenant(line),
        serializers: {
          // Query strings can carry patient search terms; only the path is logged.
          req: (request: { id: string; method: string; url: string }) => ({
            id: request.id,
            method: request.method,
            path: request.url.split('?')[0],
          }),
          res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
        },
        autoLogging: { ignore: (request) => ['/healthz', '/readyz'].includes(request.url ?? '') },
      },
      nonBlockingStdout(),
    ],
  });
