import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { CommandContext, CSV_RESPONSE, csvFile, PageQuery } from '@praxis/platform';
import { FeeSchedulePage, ImportFeeScheduleDto } from './dto/fee-schedule.dto';
import { FeeSchedule } from './fee-schedule.entity';
import { FeeSchedulesQueries } from './fee-schedules.queries';
import { ImportFeeSchedule } from './import-fee-schedule/import-fee-schedule.usecase';

/** Schedules are imported whole and never edited; new prices are a new schedule from a later date. */
@ApiTags('billing')
@Controller('api/v1/billing/fee-schedules')
export class FeeSchedulesController {
  constructor(
    private readonly commands: CommandContext,
    private readonly feeSchedules: FeeSchedulesQueries,
    private readonly importFeeSchedule: ImportFeeSchedule,
  ) {}

  @RequirePermission('fee-schedules:write')
  @Post()
  import(@Body() request: ImportFeeScheduleDto): Promise<FeeSchedule> {
    return this.importFeeSchedule.execute({ ...this.commands.current(), ...request });
  }

  @RequirePermission('fee-schedules:read')
  @Get()
  list(@Query() page: PageQuery): Promise<FeeSchedulePage> {
    return this.feeSchedules.page(page);
  }

  @RequirePermission('fee-schedules:read')
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<FeeSchedule> {
    return this.feeSchedules.get(id);
  }

  @RequirePermission('fee-schedules:read')
  @Get(':id/prices.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse(CSV_RESPONSE)
  async export(@Param('id', ParseUUIDPipe) id: string): Promise<StreamableFile> {
    return csvFile(await this.feeSchedules.csv(id), `fee-schedule-${id}.csv`);
  }
}
