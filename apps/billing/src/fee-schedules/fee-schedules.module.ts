import { Module } from '@nestjs/common';
import { FeeSchedulesController } from './fee-schedules.controller';
import { FeeSchedulesQueries } from './fee-schedules.queries';
import { ImportFeeSchedule } from './import-fee-schedule/import-fee-schedule.usecase';

/** The clinic's prices by date of service, and the amounts payers' contracts allow. */
@Module({
  controllers: [FeeSchedulesController],
  providers: [FeeSchedulesQueries, ImportFeeSchedule],
})
export class FeeSchedulesModule {}
