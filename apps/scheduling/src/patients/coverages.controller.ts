import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { CommandContext, IdempotencyKey } from '@praxis/platform';
import { Coverage } from './coverage.entity';
import { EndCoverageDto } from './end-coverage/end-coverage.dto';
import { EndCoverage } from './end-coverage/end-coverage.usecase';
import { PatientCoverages } from './patient-coverages';
import { RecordCoverageDto } from './record-coverage/record-coverage.dto';
import { RecordCoverage } from './record-coverage/record-coverage.usecase';
import { UpdateCoverageDto } from './update-coverage/update-coverage.dto';
import { UpdateCoverage } from './update-coverage/update-coverage.usecase';

@ApiTags('patients')
@Controller('api/v1/patients/:patientId/coverages')
export class CoveragesController {
  constructor(
    private readonly commands: CommandContext,
    private readonly coverages: PatientCoverages,
    private readonly recordCoverage: RecordCoverage,
    private readonly updateCoverage: UpdateCoverage,
    private readonly endCoverage: EndCoverage,
  ) {}

  @RequirePermission('patients:read')
  @Get()
  list(@Param('patientId', ParseUUIDPipe) patientId: string): Promise<Coverage[]> {
    return this.coverages.list(patientId);
  }

  @RequirePermission('patients:write')
  @Post()
  record(
    @Param('patientId', ParseUUIDPipe) patientId: string,
    @Body() request: RecordCoverageDto,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<Coverage> {
    return this.recordCoverage.execute({ ...this.commands.current(), patientId, coverage: request, idempotencyKey });
  }

  @RequirePermission('patients:write')
  @Patch(':coverageId')
  update(
    @Param('patientId', ParseUUIDPipe) patientId: string,
    @Param('coverageId', ParseUUIDPipe) coverageId: string,
    @Body() changes: UpdateCoverageDto,
  ): Promise<Coverage> {
    return this.updateCoverage.execute({ ...this.commands.current(), patientId, coverageId, changes });
  }

  @RequirePermission('patients:write')
  @Post(':coverageId/end')
  @HttpCode(200)
  end(
    @Param('patientId', ParseUUIDPipe) patientId: string,
    @Param('coverageId', ParseUUIDPipe) coverageId: string,
    @Body() request: EndCoverageDto,
  ): Promise<Coverage> {
    return this.endCoverage.execute({
      ...this.commands.current(),
      patientId,
      coverageId,
      effectiveTo: request.effectiveTo,
    });
  }
}
