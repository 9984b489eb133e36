import { Module } from '@nestjs/common';
import { StaffModule } from '../staff/staff.module';
import { ClinicsController } from './clinics.controller';
import { ClinicsQuery } from './clinics.query';
import { SignUpClinic } from './sign-up-clinic/sign-up-clinic.usecase';

@Module({
  imports: [StaffModule],
  controllers: [ClinicsController],
  providers: [ClinicsQuery, SignUpClinic],
})
export class ClinicsModule {}
