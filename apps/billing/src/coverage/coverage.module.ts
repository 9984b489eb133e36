import { Module } from '@nestjs/common';
import { CoverageEventsConsumer } from './coverage-events.consumer';

/** Billing's replica of who insures each patient, fed by scheduling's coverage.updated. */
@Module({ controllers: [CoverageEventsConsumer] })
export class CoverageModule {}
