import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { EventRegistry, isEvent, StaffCreated, StaffDeactivated, StaffUpdated, Topic } from '@praxis/contracts';
import { Inbox } from '@praxis/messaging';
import { StaffMember } from './staff-member.entity';

const staffEvents = new EventRegistry([StaffCreated, StaffUpdated, StaffDeactivated]);

@Controller()
export class StaffDirectoryConsumer {
  constructor(private readonly inbox: Inbox) {}

  @EventPattern(Topic.IdentityStaff)
  async onStaffEvent(@Payload() value: unknown, @Ctx() context: KafkaContext): Promise<void> {
    const key = context.getMessage().key?.toString();
    await this.inbox.receive({ topic: context.getTopic(), key, value }, staffEvents, async (envelope, manager) => {
      if (isEvent(StaffCreated, envelope) || isEvent(StaffUpdated, envelope)) {
        const { userId, displayName, roles, active } = envelope.payload;
        await manager.upsert(StaffMember, { userId, tenantId: envelope.tenantId, displayName, roles, active }, ['userId']);
      } else if (isEvent(StaffDeactivated, envelope)) {
        await manager.update(StaffMember, { userId: envelope.payload.userId }, { active: false });
      }
    });
  }
}
