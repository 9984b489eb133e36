import { Controller } from '@nestjs/common';
import { EventEnvelope, Topic } from '@praxis/contracts';
import { ConsumeEvents } from '@praxis/messaging';
import { recordStaffEvent, staffEvents } from '@praxis/replicas';
import { EntityManager } from 'typeorm';

@Controller()
export class StaffDirectoryConsumer {
  @ConsumeEvents(Topic.IdentityStaff, staffEvents)
  async onStaffEvent(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    await recordStaffEvent(manager, envelope);
  }
}
