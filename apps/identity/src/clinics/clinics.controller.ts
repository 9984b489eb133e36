import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AllowAnonymous, RequirePermission } from '@praxis/auth';
import { Clock } from '@praxis/platform';
import { Clinic } from './clinic.entity';
import { ClinicsQuery } from './clinics.query';
import { ClinicIdsDto, SignUpClinicDto } from './sign-up-clinic/sign-up-clinic.dto';
import { SignUpClinic } from './sign-up-clinic/sign-up-clinic.usecase';

@ApiTags('clinics')
@Controller('api/v1/clinics')
export class ClinicsController {
  constructor(
    private readonly signUpClinic: SignUpClinic,
    private readonly clinics: ClinicsQuery,
    // Sign-up has no tenant to build a TenantCommand from, so the instant comes straight from the clock.
    private readonly clock: Clock,
  ) {}

  @AllowAnonymous()
  @Post()
  signUp(@Body() request: SignUpClinicDto): Promise<ClinicIdsDto> {
    return this.signUpClinic.execute({ now: this.clock.now(), ...request });
  }

  @RequirePermission('clinic:read')
  @Get('current')
  current(): Promise<Clinic> {
    return this.clinics.current();
  }
}
