import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { Page, pageOf, PageQuery } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { AuditEvent } from './audit-event.entity';

@ApiTags('audit')
@Controller('api/v1/audit-events')
export class AuditController {
  constructor(private readonly transactions: TenantTransactions) {}

  @RequirePermission('audit:read')
  @Get()
  list(@Query() page: PageQuery): Promise<Page<AuditEvent>> {
    return this.transactions.run((manager) => pageOf(manager.createQueryBuilder(AuditEvent, 'audit'), page));
  }
}
