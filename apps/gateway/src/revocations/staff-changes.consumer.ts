import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { EventRegistry, InvalidEventError, isEvent, StaffDeactivated, StaffUpdated, Topic } from '@praxis/contracts';
import { RevokedSessions } from './revoked-sessions';

const staffChanges = new EventRegistry([StaffUpdated, StaffDeactivated]);

/**
 * A deactivation or a change of roles ends the member's sessions at the door within seconds, not when their
 * access token expires. Revoking is idempotent, so the gateway needs no inbox: a redelivered event changes nothing.
 */
@Controller()
export class StaffChangesConsumer {
  constructor(private readonly revoked: RevokedSessions) {}

  @EventPattern(Topic.IdentityStaff)
  async onStaffEvent(@Payload() value: unknown): Promise<void> {
    const envelope = this.parse(value);
    if (envelope && (isEvent(StaffUpdated, envelope) || isEvent(StaffDeactivated, envelope))) {
      await this.revoked.revoke(envelope.tenantId, envelope.payload.userId, new Date(envelope.occurredAt));
    }
  }

  /** Other staff events (staff.created) and ones this gateway cannot read are not its concern; identity's consumers dead-letter the invalid. */
  private parse(value: unknown) {
    try {
      return staffChanges.parse(value);
    } catch (error) {
      if (error instanceof InvalidEventError) return undefined;
      throw error;
    }
  }
}
