import { Module } from '@nestjs/common';
import { CoveragesController } from './coverages.controller';
import { EndCoverage } from './end-coverage/end-coverage.usecase';
import { GetPatient } from './get-patient/get-patient.usecase';
import { PatientCoverages } from './patient-coverages';
import { PatientsController } from './patients.controller';
import { RecordCoverage } from './record-coverage/record-coverage.usecase';
import { RegisterPatient } from './register-patient/register-patient.usecase';
import { SearchPatients } from './search-patients/search-patients.usecase';
import { UpdateCoverage } from './update-coverage/update-coverage.usecase';
import { UpdatePatient } from './update-patient/update-patient.usecase';

/** Front-desk work on patients and their insurance coverage. TypeORM, tenancy and the outbox come from PlatformModule. */
@Module({
  controllers: [PatientsController, CoveragesController],
  providers: [
    GetPatient,
    RegisterPatient,
    UpdatePatient,
    SearchPatients,
    PatientCoverages,
    RecordCoverage,
    UpdateCoverage,
    EndCoverage,
  ],
})
export class PatientsModule {}
