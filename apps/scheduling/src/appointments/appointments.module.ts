import { DynamicModule, Module } from '@nestjs/common';
import { JobsModule } from '@praxis/jobs';
import { AvailabilityModule } from '../availability/availability.module';
import { SCHEDULING_CONFIG, SchedulingConfig } from '../scheduling.config';
import { AppointmentsController } from './appointments.controller';
import { BookAppointment } from './book-appointment/book-appointment.usecase';
import { NextFreeSlots } from './book-appointment/next-free-slots';
import { VisitPlanner } from './book-appointment/visit-planner';
import { AppointmentTransition } from './change-appointment/appointment-transition';
import { ChangeAppointment } from './change-appointment/change-appointment.usecase';
import { CompleteAppointment } from './complete-appointment/complete-appointment.usecase';
import { CredentialBlocksConsumer } from './credential-blocks/credential-blocks.consumer';
import { NotificationsModule } from './reminders/notifications.module';
import { ReminderSchedulerConsumer } from './reminders/reminder-scheduler.consumer';
import { RemindersController } from './reminders/reminders.controller';
import { SendAppointmentReminder, SendAppointmentReminderJob } from './reminders/send-appointment-reminder.job';
import { SchedulesController } from './schedules/schedules.controller';

@Module({})
export class AppointmentsModule {
  static register(config: SchedulingConfig): DynamicModule {
    const configuration = { provide: SCHEDULING_CONFIG, useValue: config };
    return {
      module: AppointmentsModule,
      imports: [
        AvailabilityModule,
        JobsModule.forRoot({
          redisUrl: config.REDIS_URL,
          jobs: [SendAppointmentReminder],
          handlers: [SendAppointmentReminderJob],
          imports: [NotificationsModule],
        }),
      ],
      controllers: [AppointmentsController, SchedulesController, RemindersController, ReminderSchedulerConsumer, CredentialBlocksConsumer],
      providers: [configuration, AppointmentTransition, VisitPlanner, NextFreeSlots, BookAppointment, ChangeAppointment, CompleteAppointment],
    };
  }
}
