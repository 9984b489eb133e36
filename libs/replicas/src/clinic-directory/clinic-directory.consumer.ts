import { Controller } from '@nestjs/common';
import { EventEnvelope, isEvent, TenantCreated, Topic } from '@praxis/contracts';
import { ConsumeEvents } from '@praxis/messaging';
import { EntityManager } from 'typeorm';
import { KnownClinic } from './known-clinic.entity';

/** Remembers a clinic identity announced; true when the event was a clinic's creation. */
export const recordClinicEvent = async (manager: EntityManager, envelope: EventEnvelope): Promise<boolean> => {
  if (!isEvent(TenantCreated, envelope)) return false;
  const { tenantId, legalName, timeZone } = envelope.payload;
  await manager.upsert(KnownClinic, { tenantId, legalName, timeZone }, ['tenantId']);
  return true;
};

@Controller()
export class ClinicDirectoryConsumer {
  @ConsumeEvents(Topic.IdentityTenants, [TenantCreated])
  async onTenantEvent(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    await recordClinicEvent(manager, envelope);
  }
}
