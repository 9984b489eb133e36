import { Controller } from '@nestjs/common';
import { EventEnvelope, isEvent, TenantCreated, Topic } from '@praxis/contracts';
import { ConsumeEvents } from '@praxis/messaging';
import { Clock } from '@praxis/platform';
import { recordClinicEvent } from '@praxis/replicas';
import { EntityManager } from 'typeorm';
import { DeadlineScans } from '../reminders/deadline-scans';
import { SeedStarterCatalogue } from '../requirements/seed-starter-catalogue/seed-starter-catalogue.usecase';

/** A new clinic is remembered and given its starter catalogue in one transaction, and its daily scan is scheduled. */
@Controller()
export class ClinicEventsConsumer {
  constructor(
    private readonly seedCatalogue: SeedStarterCatalogue,
    private readonly deadlineScans: DeadlineScans,
    private readonly clock: Clock,
  ) {}

  @ConsumeEvents(Topic.IdentityTenants, [TenantCreated])
  async onTenantEvent(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    if (!isEvent(TenantCreated, envelope)) return;
    await recordClinicEvent(manager, envelope);
    await this.seedCatalogue.execute(manager, { tenantId: envelope.tenantId, now: this.clock.now() });
    await this.deadlineScans.scheduleFor(envelope.tenantId, envelope.payload.timeZone);
  }
}
