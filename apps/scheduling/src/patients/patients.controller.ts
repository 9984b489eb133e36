import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { CommandContext, IdempotencyKey, PageQuery } from '@praxis/platform';
import { PatientPage } from './dto/patient-page.dto';
import { GetPatient } from './get-patient/get-patient.usecase';
import { Patient } from './patient.entity';
import { RegisterPatientDto } from './register-patient/register-patient.dto';
import { RegisterPatient } from './register-patient/register-patient.usecase';
import { SearchPatientsDto } from './search-patients/search-patients.dto';
import { SearchPatients } from './search-patients/search-patients.usecase';
import { UpdatePatientDto } from './update-patient/update-patient.dto';
import { UpdatePatient } from './update-patient/update-patient.usecase';

@ApiTags('patients')
@Controller('api/v1/patients')
export class PatientsController {
  constructor(
    private readonly commands: CommandContext,
    private readonly getPatient: GetPatient,
    private readonly registerPatient: RegisterPatient,
    private readonly updatePatient: UpdatePatient,
    private readonly searchPatients: SearchPatients,
  ) {}

  @RequirePermission('patients:write')
  @Post()
  register(@Body() request: RegisterPatientDto, @IdempotencyKey() idempotencyKey?: string): Promise<Patient> {
    return this.registerPatient.execute({ ...this.commands.current(), patient: request, idempotencyKey });
  }

  @RequirePermission('patients:read')
  @Get()
  list(@Query() page: PageQuery): Promise<PatientPage> {
    return this.searchPatients.execute({}, page);
  }

  /** A POST so that names, dates of birth and phone numbers never appear in URLs, and so in no access log. */
  @RequirePermission('patients:read')
  @Post('search')
  @HttpCode(200)
  search(@Body() criteria: SearchPatientsDto): Promise<PatientPage> {
    return this.searchPatients.execute(criteria, criteria);
  }

  @RequirePermission('patients:read')
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<Patient> {
    return this.getPatient.execute(id);
  }

  @RequirePermission('patients:write')
  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() changes: UpdatePatientDto): Promise<Patient> {
    return this.updatePatient.execute({ ...this.commands.current(), patientId: id, changes });
  }
}
