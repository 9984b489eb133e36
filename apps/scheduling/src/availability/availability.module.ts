import { Module } from '@nestjs/common';
import { LocationsModule } from '../locations/locations.module';
import { ProvidersModule } from '../providers/providers.module';
import { AvailabilityCalendar } from './availability-calendar';
import { AvailabilityController } from './availability.controller';
import { AddExtraHours } from './exceptions/add-extra-hours/add-extra-hours.usecase';
import { AddHoliday } from './exceptions/add-holiday/add-holiday.usecase';
import { AddTimeOff } from './exceptions/add-time-off/add-time-off.usecase';
import { AvailabilityExceptionsQueries } from './exceptions/availability-exceptions.queries';
import { RemoveAvailabilityException } from './exceptions/remove-availability-exception/remove-availability-exception.usecase';
import { SlotsController } from './slots/slots.controller';
import { ReplaceWorkingHours } from './working-hours/replace-working-hours/replace-working-hours.usecase';
import { WorkingHoursQueries } from './working-hours/working-hours.queries';

/**
 * When providers can be seen: weekly working hours, their exceptions and the free slots they leave. Booking imports
 * this for the calendar, and through it the provider and location directories it checks a visit against.
 */
@Module({
  imports: [ProvidersModule, LocationsModule],
  controllers: [AvailabilityController, SlotsController],
  providers: [
    AvailabilityCalendar,
    WorkingHoursQueries,
    ReplaceWorkingHours,
    AvailabilityExceptionsQueries,
    AddTimeOff,
    AddHoliday,
    AddExtraHours,
    RemoveAvailabilityException,
  ],
  exports: [AvailabilityCalendar, ProvidersModule, LocationsModule],
})
export class AvailabilityModule {}
