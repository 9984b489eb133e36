import { Controller, Get, Param, ParseUUIDPipe, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { CommandContext, CSV_RESPONSE, csvFile, PageQuery } from '@praxis/platform';
import { StandingRow } from '../standing/standing-row.dto';
import { ComplianceQueries } from './compliance.queries';
import { ComplianceMatrix, ComplianceSummary, ExpiringQuery, StandingPage } from './dto/compliance.dto';

@ApiTags('training')
@Controller('api/v1/training')
export class ComplianceController {
  constructor(
    private readonly commands: CommandContext,
    private readonly compliance: ComplianceQueries,
  ) {}

  private now(): Date {
    return this.commands.current().now;
  }

  @RequirePermission('training:read')
  @Get('compliance/summary')
  summary(): Promise<ComplianceSummary> {
    return this.compliance.summary(this.now());
  }

  /** Overdue first deadlines and expired credentials or courses, grace included. */
  @RequirePermission('training:read')
  @Get('compliance/overdue')
  overdue(@Query() page: PageQuery): Promise<StandingPage> {
    return this.compliance.overdue(this.now(), page);
  }

  @RequirePermission('training:read')
  @Get('compliance/expiring')
  expiring(@Query() { withinDays, ...page }: ExpiringQuery): Promise<StandingPage> {
    return this.compliance.expiring(this.now(), withinDays, page);
  }

  @RequirePermission('training:read')
  @Get('compliance/matrix')
  matrix(): Promise<ComplianceMatrix> {
    return this.compliance.matrix(this.now());
  }

  @RequirePermission('training:read')
  @Get('compliance/matrix.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse(CSV_RESPONSE)
  async matrixCsv(): Promise<StreamableFile> {
    return csvFile(await this.compliance.matrixCsv(this.now()), 'training-matrix.csv');
  }

  @RequirePermission('training:self')
  @Get('staff/:userId/standing')
  standing(@Param('userId', ParseUUIDPipe) userId: string): Promise<StandingRow[]> {
    return this.compliance.personalRecord(this.now(), userId);
  }

  @RequirePermission('training:self')
  @Get('staff/:userId/record.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse(CSV_RESPONSE)
  async recordCsv(@Param('userId', ParseUUIDPipe) userId: string): Promise<StreamableFile> {
    return csvFile(await this.compliance.personalRecordCsv(this.now(), userId), `training-record-${userId}.csv`);
  }
}
