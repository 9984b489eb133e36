import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@praxis/tenancy';
import { StaffDirectory } from '../staff-directory';
import { StaffMember } from '../staff-member.entity';
import { CreateStaffMemberCommand } from './create-staff-member.command';

@Injectable()
export class CreateStaffMember {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly directory: StaffDirectory,
  ) {}

  execute({ tenantId, member }: CreateStaffMemberCommand): Promise<StaffMember> {
    return this.transactions.runFor(tenantId, (manager) => this.directory.add(manager, tenantId, member));
  }
}
