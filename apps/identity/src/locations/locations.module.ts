import { Module } from '@nestjs/common';
import { CreateLocation } from './create-location/create-location.usecase';
import { LocationsController } from './locations.controller';
import { LocationsQuery } from './locations.query';
import { UpdateLocation } from './update-location/update-location.usecase';

@Module({
  controllers: [LocationsController],
  providers: [LocationsQuery, CreateLocation, UpdateLocation],
})
export class LocationsModule {}
