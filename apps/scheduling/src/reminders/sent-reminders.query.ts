import { Injectable } from '@nestjs/common';
import { PatientDataTrail } from '@praxis/messaging';
import { pageOf, PageQuery } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { visitRecordOf } from '../appointments/visit-records';
import { SentNotificationPage } from './sent-notification-page.dto';
import { SentNotification } from './sent-notification.entity';
import { sentReminderView } from './sent-reminder-view';

@Injectable()
export class SentReminders {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly trail: PatientDataTrail,
  ) {}

  page(page: PageQuery): Promise<SentNotificationPage> {
    return this.transactions.run(async (manager) => {
      const sent = await pageOf(manager.createQueryBuilder(SentNotification, 'sent'), page);
      // A reminder tells when the patient's visit is: listing it discloses the visit.
      await this.trail.record(
        manager,
        'read',
        sent.items.map(({ appointmentId, patientId }) => visitRecordOf({ id: appointmentId, patientId })),
      );
      return { ...sent, items: sent.items.map(sentReminderView) };
    });
  }
}
