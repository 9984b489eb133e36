import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { PatientEventsConsumer } from './patient-events.consumer';

/** Claims' replica of patients and their coverage, with the subscriber each claim names. */
@Module({ imports: [ClaimsModule], controllers: [PatientEventsConsumer] })
export class InsuredModule {}
