import { Injectable } from '@nestjs/common';
import { TenantContext } from '@praxis/tenancy';
import { Clock } from '../time/clock';

/** What every command carries besides its own fields: whose clinic, who acts, and the instant it is decided at. */
export interface TenantCommand {
  tenantId: string;
  actorUserId: string | null;
  now: Date;
}

/** Controllers build commands from the DTO and this; they never read the clock or the tenant context themselves. */
@Injectable()
export class CommandContext {
  constructor(
    private readonly context: TenantContext,
    private readonly clock: Clock,
  ) {}

  current(): TenantCommand {
    return { tenantId: this.context.tenantId, actorUserId: this.context.actor.userId ?? null, now: this.clock.now() };
  }
}
