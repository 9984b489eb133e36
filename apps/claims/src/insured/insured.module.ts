import { Module } from '@nestjs/common';
import { PatientEventsConsumer } from './patient-events.consumer';

/** Claims' replica of patients and their coverage, with the subscriber each claim names. */
@Module({ controllers: [PatientEventsConsumer] })
export class InsuredModule {}
