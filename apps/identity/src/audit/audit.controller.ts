import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { decodeCursor, Page, PageQuery, toPage } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { AuditEvent } from './audit-event.entity';

@ApiTags('audit')
@Controller('api/v1/audit-events')
export class AuditController {
  constructor(private readonly transactions: TenantTransactions) {}

  @RequirePermission('audit:read')
  @Get()
  list(@Query() { limit, cursor }: PageQuery): Promise<Page<AuditEvent>> {
    const after = decodeCursor(cursor);
    return this.transactions.run(async (manager) => {
      const query = manager.createQueryBuilder(AuditEvent, 'audit').orderBy('audit.created_at').addOrderBy('audit.id').limit(limit + 1);
      if (after) query.where('(audit.created_at, audit.id) > (:createdAt, :id)', after);
      return toPage(await query.getMany(), limit);
    });
  }
}
