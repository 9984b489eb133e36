import { Controller } from '@nestjs/common';
import { EventEnvelope, TenantCreated, Topic } from '@praxis/contracts';
import { ConsumeEvents } from '@praxis/messaging';
import { Clock } from '@praxis/platform';
import { recordClinicEvent } from '@praxis/replicas';
import { EntityManager } from 'typeorm';
import { SeedStarterCatalogue } from '../requirements/seed-starter-catalogue/seed-starter-catalogue.usecase';

/** A new clinic is remembered and given its starter catalogue in one transaction. */
@Controller()
export class ClinicEventsConsumer {
  constructor(
    private readonly seedCatalogue: SeedStarterCatalogue,
    private readonly clock: Clock,
  ) {}

  @ConsumeEvents(Topic.IdentityTenants, [TenantCreated])
  async onTenantEvent(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    if (!(await recordClinicEvent(manager, envelope))) return;
    await this.seedCatalogue.execute(manager, { tenantId: envelope.tenantId, now: this.clock.now() });
  }
}
