import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { finalize, Observable } from 'rxjs';

export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

const httpDuration = new Histogram({
  name: 'http_server_request_duration_seconds',
  help: 'HTTP requests by route, method and status',
  labelNames: ['method', 'route', 'status'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metricsRegistry],
});

/** Starts timing a request; the returned function records it with the status it was answered with. */
export const timeHttpRequest = (method: string, route: string): ((status: number) => void) => {
  const stop = httpDuration.startTimer({ method, route });
  return (status) => stop({ status });
};

@Injectable()
export class HttpMetricsInterceptor implements NestInterceptor {
  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (execution.getType() !== 'http') return next.handle();
    const request = execution.switchToHttp().getRequest<Request>();
    const response = execution.switchToHttp().getResponse<Response>();
    const answered = timeHttpRequest(request.method, (request.route as { path?: string })?.path ?? 'unknown');
    return next.handle().pipe(finalize(() => answered(response.statusCode)));
  }
}
