import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { pageOf } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { AuditEvent } from './audit-event.entity';
import { AuditEventPage } from './audit-event-page.dto';
import { AuditTrailQuery } from './audit-trail.query';

@ApiTags('audit')
@Controller('api/v1/audit-events')
export class AuditController {
  constructor(private readonly transactions: TenantTransactions) {}

  @RequirePermission('audit:read')
  @Get()
  list(@Query() query: AuditTrailQuery): Promise<AuditEventPage> {
    return this.transactions.run((manager) => {
      const trail = manager.createQueryBuilder(AuditEvent, 'audit');
      if (query.patientId) trail.andWhere('audit.patient_id = :patientId', { patientId: query.patientId });
      if (query.actorUserId) trail.andWhere('audit.actor_user_id = :actorUserId', { actorUserId: query.actorUserId });
      return pageOf(trail, query);
    });
  }
}
