import { Controller, Inject } from '@nestjs/common';
import { APPOINTMENT_EVENTS, EventEnvelope, Topic } from '@praxis/contracts';
import { Jobs } from '@praxis/jobs';
import { ConsumeEvents } from '@praxis/messaging';
import { Clock } from '@praxis/platform';
import { EntityManager } from 'typeorm';
import { SCHEDULING_CONFIG, SchedulingConfig } from '../scheduling.config';
import { Appointment } from '../appointments/appointment.entity';
import { SendAppointmentReminder } from './send-appointment-reminder.job';

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
    private readonly jobs: Jobs,
    private readonly clock: Clock,
  ) {}

  @ConsumeEvents(Topic.SchedulingAppointments, APPOINTMENT_EVENTS)
  async onAppointmentEvent(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
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
