import { Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { CommandContext, PageQuery } from '@praxis/platform';
import { SentTrainingReminders } from './sent-reminders.query';
import { DeadlineScanQueued } from './start-deadline-scan/deadline-scan-queued.dto';
import { StartDeadlineScan } from './start-deadline-scan/start-deadline-scan.usecase';
import { TrainingNotificationPage } from './training-notification-page.dto';

@ApiTags('training')
@Controller('api/v1/training')
export class TrainingRemindersController {
  constructor(
    private readonly commands: CommandContext,
    private readonly sent: SentTrainingReminders,
    private readonly startScan: StartDeadlineScan,
  ) {}

  @RequirePermission('training:read')
  @Get('reminders')
  list(@Query() page: PageQuery): Promise<TrainingNotificationPage> {
    return this.sent.page(page);
  }

  @RequirePermission('training:manage')
  @Post('deadline-scans')
  @HttpCode(HttpStatus.ACCEPTED)
  scanNow(): Promise<DeadlineScanQueued> {
    return this.startScan.execute(this.commands.current());
  }
}
