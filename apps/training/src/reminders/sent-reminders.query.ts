import { Injectable } from '@nestjs/common';
import { pageOf, PageQuery } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { TrainingNotificationPage } from './training-notification-page.dto';
import { TrainingNotification } from './training-notification.entity';

@Injectable()
export class SentTrainingReminders {
  constructor(private readonly transactions: TenantTransactions) {}

  page(page: PageQuery): Promise<TrainingNotificationPage> {
    return this.transactions.run((manager) =>
      pageOf(manager.createQueryBuilder(TrainingNotification, 'notification'), page),
    );
  }
}
