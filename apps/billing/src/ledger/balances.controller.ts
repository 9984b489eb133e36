import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { CommandContext } from '@praxis/platform';
import { BalancesQueries } from './balances.queries';
import { DaySheetQueries } from './day-sheet.queries';
import { AgingReport } from './dto/aging.dto';
import { DaySheet, DaySheetQuery } from './dto/day-sheet.dto';
import { PatientBalance } from './dto/patient-balance.dto';
import { VisitBalance } from './dto/visit-balance.dto';

@ApiTags('billing')
@Controller('api/v1/billing')
export class BalancesController {
  constructor(
    private readonly balances: BalancesQueries,
    private readonly commands: CommandContext,
    private readonly daySheets: DaySheetQueries,
  ) {}

  @RequirePermission('charges:read')
  @Get('patients/:patientId/balance')
  patient(@Param('patientId', ParseUUIDPipe) patientId: string): Promise<PatientBalance> {
    return this.balances.patient(patientId);
  }

  @RequirePermission('charges:read')
  @Get('visits/:visitId/balance')
  visit(@Param('visitId', ParseUUIDPipe) visitId: string): Promise<VisitBalance> {
    return this.balances.visit(visitId);
  }

  @RequirePermission('charges:read')
  @Get('ar-aging')
  aging(): Promise<AgingReport> {
    return this.balances.aging(this.commands.current().now);
  }

  @RequirePermission('charges:read')
  @Get('day-sheet')
  daySheet(@Query() query: DaySheetQuery): Promise<DaySheet> {
    return this.daySheets.daySheet(query);
  }
}
