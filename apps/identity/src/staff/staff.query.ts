import { Injectable } from '@nestjs/common';
import { NotFoundError, pageOf, PageQuery } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { StaffMember } from './staff-member.entity';
import { StaffMemberPage } from './staff-member-page.dto';

@Injectable()
export class StaffQuery {
  constructor(private readonly transactions: TenantTransactions) {}

  page(page: PageQuery): Promise<StaffMemberPage> {
    return this.transactions.run((manager) => pageOf(manager.createQueryBuilder(StaffMember, 'staff'), page));
  }

  async get(id: string): Promise<StaffMember> {
    const member = await this.transactions.run((manager) => manager.findOneBy(StaffMember, { id }));
    if (!member) throw new NotFoundError('staff member', id);
    return member;
  }
}
