import { LoggerModule, PinoLogger } from 'nestjs-pino';
import { ClsServiceManager } from 'nestjs-cls';
import { destination } from 'pino';
import { HttpLogger, Options, pinoHttp } from 'pino-http';
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

/** Request lines carry requestId and tenantId; request bodies and headers (tokens among them) are never logged. */
const requestLines = (service: string, level: string): Options => ({
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
});

/** Structured logs, one line per request among them. */
export const structuredLogging = (service: string, level: string) =>
  LoggerModule.forRoot({ pinoHttp: [requestLines(service, level), nonBlockingStdout()] });

/** The same request lines, through the same logger, for requests answered in front of Nest (once Nest is set up). */
export const requestLogger = (service: string, level: string): HttpLogger =>
  pinoHttp({ ...requestLines(service, level), logger: PinoLogger.root });
