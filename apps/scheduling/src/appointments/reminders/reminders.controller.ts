import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { PatientDataTrail } from '@praxis/messaging';
import { pageOf, PageQuery } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { visitRecordOf } from '../visit-records';
import { SentNotification } from './sent-notification.entity';
import { SentNotificationPage } from './sent-notification-page.dto';

@ApiTags('reminders')
@Controller('api/v1/reminders')
export class RemindersController {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly trail: PatientDataTrail,
  ) {}

  @RequirePermission('reminders:read')
  @Get()
  sent(@Query() page: PageQuery): Promise<SentNotificationPage> {
    return this.transactions.run(async (manager) => {
      const sent = await pageOf(manager.createQueryBuilder(SentNotification, 'sent'), page);
      // A reminder tells when the patient's visit is: listing it discloses the visit.
      await this.trail.record(manager, 'read', sent.items.map(({ appointmentId, patientId }) => visitRecordOf({ id: appointmentId, patientId })));
      return sent;
    });
  }
}
