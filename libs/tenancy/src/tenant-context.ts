import { Injectable } from '@nestjs/common';
import { ClsService, ClsStore } from 'nestjs-cls';

export interface Actor {
  tenantId?: string;
  userId?: string;
  roles: string[];
}

export interface PraxisClsStore extends ClsStore {
  actor?: Actor;
  requestId?: string;
  /** Set when the answer is the stored first answer to an earlier request with the same Idempotency-Key. */
  idempotentReplay?: boolean;
}

export class MissingTenantContextError extends Error {
  constructor() {
    super('no tenant in context: this code must run inside a request, event or job that carries a tenant');
  }
}

/** The tenant and actor of the unit of work in progress, carried by AsyncLocalStorage (no request-scoped providers). */
@Injectable()
export class TenantContext {
  constructor(private readonly cls: ClsService<PraxisClsStore>) {}

  get tenantId(): string {
    const tenantId = this.cls.isActive() ? this.cls.get('actor')?.tenantId : undefined;
    if (!tenantId) throw new MissingTenantContextError();
    return tenantId;
  }

  get actor(): Actor {
    return (this.cls.isActive() && this.cls.get('actor')) || { roles: [] };
  }

  /** The id a token or event named, else the one the request arrived with (`x-request-id`) or was given at the door. */
  get requestId(): string | undefined {
    if (!this.cls.isActive()) return undefined;
    return this.cls.get('requestId') ?? (this.cls.getId() || undefined);
  }

  setActor(actor: Actor, requestId?: string): void {
    this.cls.set('actor', actor);
    if (requestId) this.cls.set('requestId', requestId);
  }

  /** Runs work with the given tenant in context: how Kafka consumers and job workers restore it. */
  runAs<T>(actor: Actor, requestId: string | undefined, work: () => Promise<T>): Promise<T> {
    return this.cls.run(async () => {
      this.setActor(actor, requestId);
      return work();
    });
  }
}
