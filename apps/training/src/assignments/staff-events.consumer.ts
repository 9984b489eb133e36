import { Controller } from '@nestjs/common';
import { EventEnvelope, Topic } from '@praxis/contracts';
import { ConsumeEvents } from '@praxis/messaging';
import { Clock } from '@praxis/platform';
import { recordStaffEvent, staffEvents } from '@praxis/replicas';
import { EntityManager } from 'typeorm';
import { AssignmentPlanner } from './assignment-planner';

/** A hire, role change, move or departure changes what that person must meet, in the same transaction as the replica. */
@Controller()
export class StaffEventsConsumer {
  constructor(
    private readonly planner: AssignmentPlanner,
    private readonly clock: Clock,
  ) {}

  @ConsumeEvents(Topic.IdentityStaff, staffEvents)
  async onStaffEvent(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    const userId = await recordStaffEvent(manager, envelope);
    if (userId) await this.planner.plan(manager, this.clock.now(), { userId });
  }
}
