import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { REQUIRED_PERMISSION } from '@praxis/auth';
import { Clock } from '@praxis/platform';
import { TenantContext, TenantTransactions } from '@praxis/tenancy';
import type { Request } from 'express';
import { concatMap, from, map, Observable } from 'rxjs';
import { AuditTrail } from './audit-trail';

/** Who read or changed what: every permission-guarded call that succeeds leaves one audit row. */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly context: TenantContext,
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    const permission = this.reflector.get<string | undefined>(REQUIRED_PERMISSION, execution.getHandler());
    if (execution.getType() !== 'http' || !permission) return next.handle();
    const request = execution.switchToHttp().getRequest<Request>();
    const resource = `${request.method} ${request.path}`;
    return next.handle().pipe(concatMap((result) => from(this.record(permission, resource)).pipe(map(() => result))));
  }

  private record(action: string, resource: string): Promise<void> {
    const { tenantId, userId } = this.context.actor;
    if (!tenantId) return Promise.resolve();
    return this.transactions.runFor(tenantId, (manager) =>
      this.audit.record(manager, {
        tenantId,
        actorUserId: userId ?? null,
        action,
        resource,
        requestId: this.context.requestId ?? null,
        occurredAt: this.clock.now(),
      }),
    );
  }
}
