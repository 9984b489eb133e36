import { Module } from '@nestjs/common';
import { ClinicEventsConsumer } from './clinic-events.consumer';

/** The clinics identity announced: the directory every service keeps, and each clinic's first billing profile. */
@Module({ controllers: [ClinicEventsConsumer] })
export class ClinicsModule {}
