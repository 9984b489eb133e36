import { Module } from '@nestjs/common';
import { LocationDirectory } from './location-directory';
import { LocationsConsumer } from './locations.consumer';

/** Scheduling's replica of identity's locations, and how other features look one up. */
@Module({
  controllers: [LocationsConsumer],
  providers: [LocationDirectory],
  exports: [LocationDirectory],
})
export class LocationsModule {}
