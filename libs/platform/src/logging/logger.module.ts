import { LoggerModule } from 'nestjs-pino';
import { ClsServiceManager } from 'nestjs-cls';
import { requestIdOf } from '@praxis/tenancy';

/** Structured logs that carry requestId and tenantId; request bodies and auth headers are never logged. */
export const structuredLogging = (service: string, level: string) =>
  LoggerModule.forRoot({
    pinoHttp: {
      level,
      base: { service },
      genReqId: (request) => requestIdOf(request),
      customProps: () => ({ tenantId: ClsServiceManager.getClsService().get('actor')?.tenantId }),
      redact: ['req.headers.authorization', 'req.headers["x-internal-token"]', 'req.headers.cookie'],
      autoLogging: { ignore: (request) => ['/healthz', '/readyz', '/metrics'].includes(request.url ?? '') },
    },
  });
