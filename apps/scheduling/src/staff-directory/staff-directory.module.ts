import { Module } from '@nestjs/common';
import { StaffDirectory } from './staff-directory';
import { StaffDirectoryConsumer } from './staff-directory.consumer';

/** Scheduling's replica of identity's staff: who may become a provider. */
@Module({
  controllers: [StaffDirectoryConsumer],
  providers: [StaffDirectory],
  exports: [StaffDirectory],
})
export class StaffDirectoryModule {}
