import { Module } from '@nestjs/common';
import { TimelyFilingModule } from '../timely-filing/timely-filing.module';
import { ClinicEventsConsumer } from './clinic-events.consumer';

/**
 * The clinics identity announced: the directory every service keeps, each clinic's first billing profile and its daily
 * filing-deadline scan.
 */
@Module({ imports: [TimelyFilingModule], controllers: [ClinicEventsConsumer] })
export class ClinicsModule {}
