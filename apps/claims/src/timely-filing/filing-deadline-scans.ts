import { Injectable } from '@nestjs/common';
import { Jobs } from '@praxis/jobs';
import { ScanFilingDeadlines } from './scan-filing-deadlines.job';

/** Early morning on the clinic's own clock, before the clerks start the day's claims. */
const DAILY_AT_SIX = '0 6 * * *';

@Injectable()
export class FilingDeadlineScans {
  constructor(private readonly jobs: Jobs) {}

  /** One schedule per clinic; calling it again (a redelivered tenant.created) changes nothing. */
  scheduleFor(tenantId: string, timeZone: string): Promise<void> {
    return this.jobs.repeatOnCalendar(
      ScanFilingDeadlines,
      { tenantId },
      { cron: DAILY_AT_SIX, timeZone, jobKey: `filing-deadlines:${tenantId}` },
    );
  }
}
