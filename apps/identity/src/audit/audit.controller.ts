import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { AuditEventPage } from './audit-event-page.dto';
import { AuditEventsQuery } from './audit-events.query';
import { AuditTrailQuery } from './audit-trail-query.dto';

@ApiTags('audit')
@Controller('api/v1/audit-events')
export class AuditController {
  constructor(private readonly auditEvents: AuditEventsQuery) {}

  @RequirePermission('audit:read')
  @Get()
  list(@Query() query: AuditTrailQuery): Promise<AuditEventPage> {
    return this.auditEvents.page(query);
  }
}
