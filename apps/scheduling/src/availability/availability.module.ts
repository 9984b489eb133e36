import { Module } from '@nestjs/common';
import { AppointmentTypesController } from '../appointment-types/appointment-types.controller';
import { LocationDirectory } from '../locations/location-directory';
import { LocationsConsumer } from '../locations/locations.consumer';
import { CreateProvider } from '../providers/create-provider/create-provider.usecase';
import { ProviderDirectory } from '../providers/provider-directory';
import { ProvidersController } from '../providers/providers.controller';
import { UpdateProvider } from '../providers/update-provider/update-provider.usecase';
import { RoomsController } from '../rooms/rooms.controller';
import { StaffDirectoryConsumer } from '../staff-directory/staff-directory.consumer';
import { AvailabilityCalendar } from './availability-calendar';
import { AvailabilityController } from './availability.controller';
import { AvailabilityExceptions } from './exceptions/availability-exceptions';
import { SlotsController } from './slots/slots.controller';
import { ReplaceWorkingHours } from './working-hours/replace-working-hours.usecase';

/** The calendar side of scheduling: staff and location replicas, providers, rooms, appointment types, availability, slots. */
@Module({
  controllers: [
    StaffDirectoryConsumer,
    LocationsConsumer,
    ProvidersController,
    RoomsController,
    AppointmentTypesController,
    AvailabilityController,
    SlotsController,
  ],
  providers: [LocationDirectory, ProviderDirectory, CreateProvider, UpdateProvider, ReplaceWorkingHours, AvailabilityExceptions, AvailabilityCalendar],
  exports: [AvailabilityCalendar, ProviderDirectory, LocationDirectory],
})
export class AvailabilityModule {}
