import { Module } from '@nestjs/common';
import { RequirementsModule } from '../requirements/requirements.module';
import { ClinicEventsConsumer } from './clinic-events.consumer';

/** Training's directory of clinics, and what a new clinic starts with. */
@Module({
  imports: [RequirementsModule],
  controllers: [ClinicEventsConsumer],
})
export class ClinicsModule {}
