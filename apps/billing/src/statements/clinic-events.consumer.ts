import { Controller } from '@nestjs/common';
import { EventEnvelope, isEvent, TenantCreated, Topic } from '@praxis/contracts';
import { ConsumeEvents } from '@praxis/messaging';
import { recordClinicEvent } from '@praxis/replicas';
import { EntityManager } from 'typeorm';
import { MonthlyStatementRuns } from './monthly-statement-runs';

/** A new clinic is remembered (its name heads its statements) and its monthly statement run is scheduled. */
@Controller()
export class ClinicEventsConsumer {
  constructor(private readonly monthlyRuns: MonthlyStatementRuns) {}

  @ConsumeEvents(Topic.IdentityTenants, [TenantCreated])
  async onTenantEvent(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    if (!isEvent(TenantCreated, envelope)) return;
    await recordClinicEvent(manager, envelope);
    await this.monthlyRuns.scheduleFor(envelope.tenantId, envelope.payload.timeZone);
  }
}
