import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { EventRegistry, isEvent, StaffDeactivated, StaffUpdated, Topic } from '@praxis/contracts';
import { RevokedSessions } from './revoked-sessions';

const staffChanges = new EventRegistry([StaffUpdated, StaffDeactivated]);

/**
 * A deactivation or a change of roles ends the member's sessions at the door within seconds, not when their
 * access token expires. Revoking is idempotent, so the gateway needs no inbox: a redelivered event changes nothing.
 */
@Controller()
export class StaffChangesConsumer {
  constructor(private readonly revoked: RevokedSessions) {}

  /** Other staff events (staff.created) and unreadable ones are not its concern: identity's consumers dead-letter those. */
  @EventPattern(Topic.IdentityStaff)
  async onStaffEvent(@Payload() value: unknown): Promise<void> {
    const envelope = staffChanges.parseIfKnown(value);
    if (envelope && (isEvent(StaffUpdated, envelope) || isEvent(StaffDeactivated, envelope))) {
      await this.revoked.revoke(envelope.tenantId, envelope.payload.userId, new Date(envelope.occurredAt));
    }
  }
}
