import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { BalancesQueries } from './balances.queries';
import { PatientBalance } from './dto/patient-balance.dto';

@ApiTags('billing')
@Controller('api/v1/billing/patients')
export class BalancesController {
  constructor(private readonly balances: BalancesQueries) {}

  @RequirePermission('charges:read')
  @Get(':patientId/balance')
  patient(@Param('patientId', ParseUUIDPipe) patientId: string): Promise<PatientBalance> {
    return this.balances.patient(patientId);
  }
}
