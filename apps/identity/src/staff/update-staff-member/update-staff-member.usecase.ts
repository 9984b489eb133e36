import { Injectable } from '@nestjs/common';
import { StaffDeactivated, StaffUpdated } from '@praxis/contracts';
import { OutboxWriter } from '@praxis/messaging';
import { NotFoundError, sentFields } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { IsNull } from 'typeorm';
import { RefreshToken } from '../../sessions/refresh-token.entity';
import { requireClinicLocation } from '../primary-location';
import { announceStaffMember } from '../staff-announcement';
import { StaffMember } from '../staff-member.entity';
import { UpdateStaffMemberCommand } from './update-staff-member.command';

@Injectable()
export class UpdateStaffMember {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly outbox: OutboxWriter,
  ) {}

  execute({ tenantId, now, staffMemberId: id, changes }: UpdateStaffMemberCommand): Promise<StaffMember> {
    return this.transactions.runFor(tenantId, async (manager) => {
      const member = await manager.findOneBy(StaffMember, { id });
      if (!member) throw new NotFoundError('staff member', id);
      await requireClinicLocation(manager, changes.locationId);
      const deactivating = member.active && changes.active === false;
      Object.assign(member, sentFields(changes));
      await manager.save(member);
      await announceStaffMember(this.outbox, manager, StaffUpdated, member);
      if (deactivating) {
        await manager.update(RefreshToken, { userId: id, revokedAt: IsNull() }, { revokedAt: now });
        await this.outbox.append(manager, StaffDeactivated, { aggregateId: id, payload: { userId: id } });
      }
      return member;
    });
  }
}
