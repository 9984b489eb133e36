import { Controller } from '@nestjs/common';
import { EventEnvelope, isEvent, StaffCreated, StaffDeactivated, StaffUpdated, Topic } from '@praxis/contracts';
import { ConsumeEvents } from '@praxis/messaging';
import { EntityManager } from 'typeorm';
import { StaffMember } from './staff-member.entity';

@Controller()
export class StaffDirectoryConsumer {
  @ConsumeEvents(Topic.IdentityStaff, [StaffCreated, StaffUpdated, StaffDeactivated])
  async onStaffEvent(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    if (isEvent(StaffCreated, envelope) || isEvent(StaffUpdated, envelope)) {
      const { userId, displayName, roles, active } = envelope.payload;
      await manager.upsert(StaffMember, { userId, tenantId: envelope.tenantId, displayName, roles, active }, [
        'userId',
      ]);
    } else if (isEvent(StaffDeactivated, envelope)) {
      await manager.update(StaffMember, { userId: envelope.payload.userId }, { active: false });
    }
  }
}
