import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { TenantContext } from '@praxis/tenancy';
import type { Request } from 'express';
import { ANONYMOUS_ROUTE, PUBLIC_ROUTE, REQUIRED_PERMISSION } from './access.decorators';
import { PERMISSION_TABLE, PermissionTable, rolesHold } from './permissions';
import { INTERNAL_TOKEN_HEADER, InvalidTokenError, verifyInternalToken } from './tokens';

export const INTERNAL_TOKEN_SECRET = Symbol('INTERNAL_TOKEN_SECRET');

/** The one place a service decides who may call a route: internal token first, then the route's permission. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly context: TenantContext,
    @Inject(PERMISSION_TABLE) private readonly permissions: PermissionTable,
    @Inject(INTERNAL_TOKEN_SECRET) private readonly secret: string,
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    // Kafka handlers are reached only through the internal broker; their tenant comes from the event envelope.
    if (execution.getType() !== 'http' || this.flag(execution, PUBLIC_ROUTE)) return true;
    const request = execution.switchToHttp().getRequest<Request>();
    const claims = await verifyInternalToken(request.header(INTERNAL_TOKEN_HEADER), this.secret).catch(
      (error: unknown) => {
        throw new UnauthorizedException(
          error instanceof InvalidTokenError ? `internal token ${error.reason}` : 'unauthorized',
        );
      },
    );
    this.context.setActor({ tenantId: claims.tenantId, userId: claims.userId, roles: claims.roles }, claims.requestId);
    if (this.flag(execution, ANONYMOUS_ROUTE)) return true;
    if (!claims.tenantId || !claims.userId) throw new UnauthorizedException('sign in first');
    const permission = this.reflector.getAllAndOverride<string | undefined>(REQUIRED_PERMISSION, [
      execution.getHandler(),
      execution.getClass(),
    ]);
    if (!permission || !rolesHold(this.permissions, permission, claims.roles)) {
      throw new ForbiddenException('your role does not allow this');
    }
    return true;
  }

  private flag(execution: ExecutionContext, key: string): boolean {
    return this.reflector.getAllAndOverride<boolean>(key, [execution.getHandler(), execution.getClass()]) === true;
  }
}
