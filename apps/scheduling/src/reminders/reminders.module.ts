import { DynamicModule, Module } from '@nestjs/common';
import { JobsModule } from '@praxis/jobs';
import { SCHEDULING_CONFIG, SchedulingConfig } from '../scheduling.config';
import { NotificationsModule } from './notifications.module';
import { ReminderSchedulerConsumer } from './reminder-scheduler.consumer';
import { RemindersController } from './reminders.controller';
import { SendAppointmentReminder, SendAppointmentReminderJob } from './send-appointment-reminder.job';
import { SentReminders } from './sent-reminders.query';

/** Reminders follow appointments through their events only: nothing here is called by the appointments feature. */
@Module({})
export class RemindersModule {
  static register(config: SchedulingConfig): DynamicModule {
    return {
      module: RemindersModule,
      imports: [
        JobsModule.forRoot({
          redisUrl: config.REDIS_URL,
          jobs: [SendAppointmentReminder],
          handlers: [SendAppointmentReminderJob],
          imports: [NotificationsModule],
        }),
      ],
      controllers: [RemindersController, ReminderSchedulerConsumer],
      providers: [{ provide: SCHEDULING_CONFIG, useValue: config }, SentReminders],
    };
  }
}
