import { LoggerModule } from 'nestjs-pino';
import { ClsServiceManager } from 'nestjs-cls';
import { requestIdOf } from '@praxis/tenancy';

/** Structured logs that carry requestId and tenantId; request bodies and headers (tokens among them) are never logged. */
export const structuredLogging = (service: string, level: string) =>
  LoggerModule.forRoot({
    pinoHttp: {
      level,
      base: { service },
      genReqId: (request) => requestIdOf(request),
      customProps: () => ({ tenantId: ClsServiceManager.getClsService().get('actor')?.tenantId }),
      serializers: {
        req: (request: { id: string; method: string; url: string }) => ({ id: request.id, method: request.method, url: request.url }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
      autoLogging: { ignore: (request) => ['/healthz', '/readyz', '/metrics'].includes(request.url ?? '') },
    },
  });
