import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { PageQuery } from '@praxis/platform';
import { SentTrainingReminders } from './sent-reminders.query';
import { TrainingNotificationPage } from './training-notification-page.dto';

@ApiTags('training')
@Controller('api/v1/training/reminders')
export class TrainingRemindersController {
  constructor(private readonly sent: SentTrainingReminders) {}

  @RequirePermission('training:read')
  @Get()
  list(@Query() page: PageQuery): Promise<TrainingNotificationPage> {
    return this.sent.page(page);
  }
}
