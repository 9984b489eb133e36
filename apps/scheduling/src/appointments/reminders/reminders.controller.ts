import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { Page, pageOf, PageQuery } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { SentNotification } from './sent-notification.entity';

@ApiTags('reminders')
@Controller('api/v1/reminders')
export class RemindersController {
  constructor(private readonly transactions: TenantTransactions) {}

  @RequirePermission('reminders:read')
  @Get()
  sent(@Query() page: PageQuery): Promise<Page<SentNotification>> {
    return this.transactions.run((manager) => pageOf(manager.createQueryBuilder(SentNotification, 'sent'), page));
  }
}
