import { Injectable } from '@nestjs/common';
import { pageOf, PageQuery } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { FeeSchedulePage } from './dto/fee-schedule.dto';
import { writeFeeScheduleCsv } from './fee-schedule-csv';
import { findFeeSchedule } from './fee-schedule-rules';
import { FeeSchedule } from './fee-schedule.entity';

@Injectable()
export class FeeSchedulesQueries {
  constructor(private readonly transactions: TenantTransactions) {}

  page(page: PageQuery): Promise<FeeSchedulePage> {
    return this.transactions.run((manager) => pageOf(manager.createQueryBuilder(FeeSchedule, 'schedule'), page));
  }

  get(id: string): Promise<FeeSchedule> {
    return this.transactions.run((manager) => findFeeSchedule(manager, id));
  }

  async csv(id: string): Promise<string> {
    return writeFeeScheduleCsv(await this.get(id));
  }
}
