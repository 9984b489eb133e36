import { Module } from '@nestjs/common';
import { AvailabilityModule } from '../availability/availability.module';
import { CredentialBlocksModule } from '../credential-blocks/credential-blocks.module';
import { AppointmentReader } from './appointment-reader.query';
import { AppointmentTransition } from './appointment-transition';
import { AppointmentsController } from './appointments.controller';
import { BookAppointment } from './book-appointment/book-appointment.usecase';
import { NextFreeSlots } from './book-appointment/next-free-slots';
import { PatientVisitsThen } from './book-appointment/patient-visits-then';
import { VisitPlanner } from './book-appointment/visit-planner';
import { CancelAppointment } from './cancel-appointment/cancel-appointment.usecase';
import { CheckInAppointment } from './check-in-appointment/check-in-appointment.usecase';
import { CompleteAppointment } from './complete-appointment/complete-appointment.usecase';
import { MarkNoShow } from './mark-no-show/mark-no-show.usecase';
import { RescheduleAppointment } from './reschedule-appointment/reschedule-appointment.usecase';
import { ScheduleReader } from './schedules/schedule-reader.query';
import { SchedulesController } from './schedules/schedules.controller';

@Module({
  imports: [AvailabilityModule, CredentialBlocksModule],
  controllers: [AppointmentsController, SchedulesController],
  providers: [
    AppointmentReader,
    ScheduleReader,
    AppointmentTransition,
    VisitPlanner,
    NextFreeSlots,
    PatientVisitsThen,
    BookAppointment,
    RescheduleAppointment,
    CancelAppointment,
    CheckInAppointment,
    MarkNoShow,
    CompleteAppointment,
  ],
})
export class AppointmentsModule {}
