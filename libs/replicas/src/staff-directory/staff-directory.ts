import { EventEnvelope, isEvent, StaffCreated, StaffDeactivated, StaffUpdated } from '@praxis/contracts';
import { EntityManager } from 'typeorm';
import { StaffMember } from './staff-member.entity';

export const staffEvents = [StaffCreated, StaffUpdated, StaffDeactivated];

/**
 * Applies one identity.staff event to the replica and answers whom it concerned. Location and hire date are kept
 * when an event leaves them out, so an update that does not know them cannot erase them.
 */
export const recordStaffEvent = async (manager: EntityManager, envelope: EventEnvelope): Promise<string | null> => {
  if (isEvent(StaffCreated, envelope) || isEvent(StaffUpdated, envelope)) {
    const { userId, displayName, roles, active, locationId, hiredOn } = envelope.payload;
    const known = { ...(locationId ? { locationId } : {}), ...(hiredOn ? { hiredOn } : {}) };
    await manager.upsert(StaffMember, { userId, tenantId: envelope.tenantId, displayName, roles, active, ...known }, [
      'userId',
    ]);
    return userId;
  }
  if (isEvent(StaffDeactivated, envelope)) {
    await manager.update(StaffMember, { userId: envelope.payload.userId }, { active: false });
    return envelope.payload.userId;
  }
  return null;
};
