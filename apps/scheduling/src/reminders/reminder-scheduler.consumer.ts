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
import { Clock } from '@praxis/platform';
import { EntityManager } from 'typeorm';
import { SCHEDULING_CONFIG, SchedulingConfig } from '../scheduling.config';
import { Appointment } from '../appointments/appointment.entity';
import { SendAppointmentReminder } from './send-appointment-reminder.job';

const appointmentEvents = new EventRegistry([
  AppointmentBooked,
  AppointmentRescheduled,
  AppointmentCancelled,
  AppointmentCheckedIn,
  AppointmentNoShow,
  AppointmentCompleted,
]);
/**
 * Reminders follow the appointment's own events rather than the request that changed it: the event is
 * committed with the change, so a crash between commit and scheduling cannot lose or orphan a reminder.
 * Each event only says "look again": the reminder is set from the appointment as it stands now, so events
 * handled late or out of order cannot bring back a reminder for a cancelled visit.
 */
@Controller()
export class ReminderSchedulerConsumer {
  constructor(
    @Inject(SCHEDULING_CONFIG) private readonly config: SchedulingConfig,
    private readonly inbox: Inbox,
    private readonly jobs: Jobs,
    private readonly clock: Clock,
  ) {}

  @EventPattern(Topic.SchedulingAppointments)
  async onAppointmentEvent(@Payload() value: unknown, @Ctx() context: KafkaContext): Promise<void> {
    const key = context.getMessage().key?.toString();
    await this.inbox.receive({ topic: context.getTopic(), key, value }, appointmentEvents, (envelope, manager) => this.follow(envelope, manager));
  }

  private async follow(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    const { appointmentId } = envelope.payload as { appointmentId: string };
    const appointment = await manager.findOneBy(Appointment, { id: appointmentId });
    if (appointment?.status !== 'booked') {
      await this.jobs.cancel(SendAppointmentReminder, appointmentId).catch(() => false);
      return;
    }
    const now = this.clock.now();
    const dueAt = new Date(appointment.startsAt.getTime() - this.config.REMINDER_LEAD_MINUTES * 60_000);
    await this.jobs.reschedule(
      SendAppointmentReminder,
      { tenantId: envelope.tenantId, appointmentId },
      { runAt: dueAt > now ? dueAt : now, jobKey: appointmentId },
    );
  }
}
