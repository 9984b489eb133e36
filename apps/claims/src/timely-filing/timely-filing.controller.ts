import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { CommandContext } from '@praxis/platform';
import { TimelyFilingWorklist } from './dto/timely-filing.dto';
import { FilingDeadlinesQuery } from './filing-deadlines.query';

/** Claims not yet filed by their payer's deadline, soonest first, with the daily scan's alerts. */
@ApiTags('claims')
@Controller('api/v1/timely-filing')
export class TimelyFilingController {
  constructor(
    private readonly commands: CommandContext,
    private readonly deadlines: FilingDeadlinesQuery,
  ) {}

  @RequirePermission('claims:read')
  @Get()
  worklist(): Promise<TimelyFilingWorklist> {
    return this.deadlines.list(this.commands.current().now);
  }
}
