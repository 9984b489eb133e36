import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AllowAnonymous, RequirePermission } from '@praxis/auth';
import { NotFoundError } from '@praxis/platform';
import { TenantContext, TenantTransactions } from '@praxis/tenancy';
import { Clinic } from './clinic.entity';
import { ClinicIdsDto, SignUpClinicDto } from './sign-up-clinic/sign-up-clinic.dto';
import { SignUpClinic } from './sign-up-clinic/sign-up-clinic.usecase';

@ApiTags('clinics')
@Controller('api/v1/clinics')
export class ClinicsController {
  constructor(
    private readonly signUpClinic: SignUpClinic,
    private readonly transactions: TenantTransactions,
    private readonly context: TenantContext,
  ) {}

  @AllowAnonymous()
  @Post()
  signUp(@Body() request: SignUpClinicDto): Promise<ClinicIdsDto> {
    return this.signUpClinic.execute(request);
  }

  @RequirePermission('clinic:read')
  @Get('current')
  async current(): Promise<Clinic> {
    const clinic = await this.transactions.run((manager) => manager.findOneBy(Clinic, { id: this.context.tenantId }));
    if (!clinic) throw new NotFoundError('clinic', this.context.tenantId);
    return clinic;
  }
}
