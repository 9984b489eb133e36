import { Injectable } from '@nestjs/common';
import { Jobs } from '@praxis/jobs';
import { ScanTrainingDeadlines } from './scan-training-deadlines.job';

/** Early morning on the clinic's own clock, before anyone is booked for the day. */
const DAILY_AT_FIVE = '0 5 * * *';

@Injectable()
export class DeadlineScans {
  constructor(private readonly jobs: Jobs) {}

  /** One schedule per clinic; calling it again (a redelivered tenant.created) changes nothing. */
  scheduleFor(tenantId: string, timeZone: string): Promise<void> {
    return this.jobs.repeatOnCalendar(
      ScanTrainingDeadlines,
      { tenantId },
      { cron: DAILY_AT_FIVE, timeZone, jobKey: `training-deadlines:${tenantId}` },
    );
  }
}
