import { Module } from '@nestjs/common';
import { AppointmentTypesController } from './appointment-types.controller';
import { AppointmentTypesQueries } from './appointment-types.queries';
import { CreateAppointmentType } from './create-appointment-type/create-appointment-type.usecase';
import { UpdateAppointmentType } from './update-appointment-type/update-appointment-type.usecase';

/** The kinds of visit a clinic offers: length, buffers and the procedures they bill. */
@Module({
  controllers: [AppointmentTypesController],
  providers: [AppointmentTypesQueries, CreateAppointmentType, UpdateAppointmentType],
})
export class AppointmentTypesModule {}
