import { Injectable } from '@nestjs/common';
import { Jobs } from '@praxis/jobs';
import { StartMonthlyStatementRun } from './start-monthly-statement-run.job';

/** Early on the first of the month on the clinic's own clock, so statements go out with the month's first mail. */
const FIRST_OF_THE_MONTH_AT_SIX = '0 6 1 * *';

@Injectable()
export class MonthlyStatementRuns {
  constructor(private readonly jobs: Jobs) {}

  /** One schedule per clinic; calling it again (a redelivered tenant.created) changes nothing. */
  scheduleFor(tenantId: string, timeZone: string): Promise<void> {
    return this.jobs.repeatOnCalendar(
      StartMonthlyStatementRun,
      { tenantId },
      { cron: FIRST_OF_THE_MONTH_AT_SIX, timeZone, jobKey: `monthly-statement-run:${tenantId}` },
    );
  }
}
