import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { EventRegistry, isEvent, LocationCreated, LocationUpdated, Topic } from '@praxis/contracts';
import { Inbox } from '@praxis/messaging';
import { Location } from './location.entity';

const locationEvents = new EventRegistry([LocationCreated, LocationUpdated]);

@Controller()
export class LocationsConsumer {
  constructor(private readonly inbox: Inbox) {}

  @EventPattern(Topic.IdentityLocations)
  async onLocationEvent(@Payload() value: unknown, @Ctx() context: KafkaContext): Promise<void> {
    const key = context.getMessage().key?.toString();
    await this.inbox.receive({ topic: context.getTopic(), key, value }, locationEvents, async (envelope, manager) => {
      if (!isEvent(LocationCreated, envelope) && !isEvent(LocationUpdated, envelope)) return;
      const { locationId, name, timeZone } = envelope.payload;
      await manager.upsert(Location, { id: locationId, tenantId: envelope.tenantId, name, timeZone }, ['id']);
    });
  }
}
