import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { PageQuery } from '@praxis/platform';
import { SentNotificationPage } from './sent-notification-page.dto';
import { SentReminders } from './sent-reminders.query';

@ApiTags('reminders')
@Controller('api/v1/reminders')
export class RemindersController {
  constructor(private readonly sentReminders: SentReminders) {}

  @RequirePermission('reminders:read')
  @Get()
  sent(@Query() page: PageQuery): Promise<SentNotificationPage> {
    return this.sentReminders.page(page);
  }
}
