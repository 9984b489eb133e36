import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { EventRegistry, isEvent, TenantCreated, Topic } from '@praxis/contracts';
import { Inbox } from '@praxis/messaging';
import { KnownClinic } from './known-clinic.entity';

const tenantEvents = new EventRegistry([TenantCreated]);

@Controller()
export class ClinicDirectoryConsumer {
  constructor(private readonly inbox: Inbox) {}

  @EventPattern(Topic.IdentityTenants)
  async onTenantEvent(@Payload() value: unknown, @Ctx() context: KafkaContext): Promise<void> {
    const key = context.getMessage().key?.toString();
    await this.inbox.receive({ topic: context.getTopic(), key, value }, tenantEvents, async (envelope, manager) => {
      if (!isEvent(TenantCreated, envelope)) return;
      const { tenantId, legalName, timeZone } = envelope.payload;
      await manager.upsert(KnownClinic, { tenantId, legalName, timeZone }, ['tenantId']);
    });
  }
}
