import { Module } from '@nestjs/common';
import { FilingDeadlineScans } from './filing-deadline-scans';
import { FilingDeadlinesQuery } from './filing-deadlines.query';
import { TimelyFilingController } from './timely-filing.controller';

/** Payers' filing limits against the claims not yet filed: the worklist, and the daily scan's schedule per clinic. */
@Module({
  controllers: [TimelyFilingController],
  providers: [FilingDeadlinesQuery, FilingDeadlineScans],
  exports: [FilingDeadlinesQuery, FilingDeadlineScans],
})
export class TimelyFilingModule {}
