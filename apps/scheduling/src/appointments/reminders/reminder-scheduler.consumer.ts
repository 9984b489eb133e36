import { Controller, Inject } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import {
  AppointmentBooked,
  AppointmentCancelled,
  AppointmentCheckedIn,
  AppointmentCompleted,
  AppointmentNoShow,
  AppointmentRescheduled,
  EventEnvelope,
  EventRegistry,
  Topic,
} from '@praxis/contracts';
import { Jobs } from '@praxis/jobs';
import { Inbox } from '@praxis/messaging';
import { SCHEDULING_CONFIG, SchedulingConfig } from '../../scheduling.config';
import { SendAppointmentReminder } from './send-appointment-reminder.job';

const appointmentEvents = new EventRegistry([
  AppointmentBooked,
  AppointmentRescheduled,
  AppointmentCancelled,
  AppointmentCheckedIn,
  AppointmentNoShow,
  AppointmentCompleted,
]);
const SCHEDULES_REMINDER = new Set<string>([AppointmentBooked.type, AppointmentRescheduled.type]);

interface AppointmentTimes {
  appointmentId: string;
  startsAt: string;
}

/**
 * Reminders follow the appointment's own events rather than the request that changed it: the event is
 * committed with the change, so a crash between commit and scheduling cannot lose or orphan a reminder.
 */
@Controller()
export class ReminderSchedulerConsumer {
  constructor(
    @Inject(SCHEDULING_CONFIG) private readonly config: SchedulingConfig,
    private readonly inbox: Inbox,
    private readonly jobs: Jobs,
  ) {}

  @EventPattern(Topic.SchedulingAppointments)
  async onAppointmentEvent(@Payload() value: unknown, @Ctx() context: KafkaContext): Promise<void> {
    const key = context.getMessage().key?.toString();
    await this.inbox.receive({ topic: context.getTopic(), key, value }, appointmentEvents, (envelope) => this.follow(envelope));
  }

  private async follow(envelope: EventEnvelope): Promise<void> {
    const { appointmentId, startsAt } = envelope.payload as AppointmentTimes;
    if (!SCHEDULES_REMINDER.has(envelope.type)) {
      await this.jobs.cancel(SendAppointmentReminder, appointmentId).catch(() => false);
      return;
    }
    const dueAt = new Date(Date.parse(startsAt) - this.config.REMINDER_LEAD_MINUTES * 60_000);
    await this.jobs.reschedule(
      SendAppointmentReminder,
      { tenantId: envelope.tenantId, appointmentId },
      { runAt: dueAt > new Date() ? dueAt : new Date(), jobKey: appointmentId },
    );
  }
}
