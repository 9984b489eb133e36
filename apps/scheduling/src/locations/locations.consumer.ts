import { Controller } from '@nestjs/common';
import { EventEnvelope, isEvent, LocationCreated, LocationUpdated, Topic } from '@praxis/contracts';
import { ConsumeEvents } from '@praxis/messaging';
import { EntityManager } from 'typeorm';
import { Location } from './location.entity';

@Controller()
export class LocationsConsumer {
  @ConsumeEvents(Topic.IdentityLocations, [LocationCreated, LocationUpdated])
  async onLocationEvent(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    if (!isEvent(LocationCreated, envelope) && !isEvent(LocationUpdated, envelope)) return;
    const { locationId, name, timeZone } = envelope.payload;
    await manager.upsert(Location, { id: locationId, tenantId: envelope.tenantId, name, timeZone }, ['id']);
  }
}
