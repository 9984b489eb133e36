import { Module } from '@nestjs/common';
import { RequirementsModule } from '../requirements/requirements.module';
import { DeadlineScans } from '../reminders/deadline-scans';
import { ClinicEventsConsumer } from './clinic-events.consumer';

/** Training's directory of clinics, what a new clinic starts with, and its daily deadline scan (Jobs is global). */
@Module({
  imports: [RequirementsModule],
  controllers: [ClinicEventsConsumer],
  providers: [DeadlineScans],
})
export class ClinicsModule {}
