import { Injectable } from '@nestjs/common';
import { pageOf } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { AuditEvent } from './audit-event.entity';
import { AuditEventPage } from './audit-event-page.dto';
import { AuditTrailQuery } from './audit-trail-query.dto';

@Injectable()
export class AuditEventsQuery {
  constructor(private readonly transactions: TenantTransactions) {}

  page(filter: AuditTrailQuery): Promise<AuditEventPage> {
    return this.transactions.run((manager) => {
      const trail = manager.createQueryBuilder(AuditEvent, 'audit');
      if (filter.patientId) trail.andWhere('audit.patient_id = :patientId', { patientId: filter.patientId });
      if (filter.actorUserId) trail.andWhere('audit.actor_user_id = :actorUserId', { actorUserId: filter.actorUserId });
      return pageOf(trail, filter);
    });
  }
}
