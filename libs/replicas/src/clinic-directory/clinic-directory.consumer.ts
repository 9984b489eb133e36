import { Controller } from '@nestjs/common';
import { EventEnvelope, isEvent, TenantCreated, Topic } from '@praxis/contracts';
import { ConsumeEvents } from '@praxis/messaging';
import { EntityManager } from 'typeorm';
import { KnownClinic } from './known-clinic.entity';

/** Remembers a clinic identity announced, for services whose consumer of identity.tenants does more besides. */
export const recordClinicEvent = async (manager: EntityManager, envelope: EventEnvelope): Promise<void> => {
  if (!isEvent(TenantCreated, envelope)) return;
  const { tenantId, legalName, timeZone } = envelope.payload;
  await manager.upsert(KnownClinic, { tenantId, legalName, timeZone }, ['tenantId']);
};

@Controller()
export class ClinicDirectoryConsumer {
  @ConsumeEvents(Topic.IdentityTenants, [TenantCreated])
  async onTenantEvent(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    await recordClinicEvent(manager, envelope);
  }
}
