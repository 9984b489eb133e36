import { Injectable } from '@nestjs/common';
import { pageOf, PageQuery } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { RequirementPage } from './dto/requirement-page.dto';
import { findRequirement } from './requirement-rules';
import { Requirement } from './requirement.entity';

@Injectable()
export class RequirementsQueries {
  constructor(private readonly transactions: TenantTransactions) {}

  page(page: PageQuery): Promise<RequirementPage> {
    return this.transactions.run((manager) => pageOf(manager.createQueryBuilder(Requirement, 'requirement'), page));
  }

  get(id: string): Promise<Requirement> {
    return this.transactions.run((manager) => findRequirement(manager, id));
  }
}
