import { Controller } from '@nestjs/common';
import { EventEnvelope, isEvent, TenantCreated, Topic } from '@praxis/contracts';
import { ConsumeEvents } from '@praxis/messaging';
import { EntityManager } from 'typeorm';
import { KnownClinic } from './known-clinic.entity';

@Controller()
export class ClinicDirectoryConsumer {
  @ConsumeEvents(Topic.IdentityTenants, [TenantCreated])
  async onTenantEvent(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    if (!isEvent(TenantCreated, envelope)) return;
    const { tenantId, legalName, timeZone } = envelope.payload;
    await manager.upsert(KnownClinic, { tenantId, legalName, timeZone }, ['tenantId']);
  }
}
