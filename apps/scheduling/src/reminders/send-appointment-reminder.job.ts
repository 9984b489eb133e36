import { defineJob, HandlesJob, JobHandler, PayloadOf, QueueName } from '@praxis/jobs';
import { Clock } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { Appointment } from '../appointments/appointment.entity';
import { NotificationAdapter } from './notification-adapter';

export const SendAppointmentReminder = defineJob({
  name: 'SendAppointmentReminderJob',
  queue: QueueName.AppointmentReminders,
  payload: z.object({ tenantId: z.string().uuid(), appointmentId: z.string().uuid() }),
});

const wallClock = (appointment: Appointment) =>
  DateTime.fromJSDate(appointment.startsAt, { zone: appointment.timeZone }).toFormat("ccc, LLL d 'at' h:mm a ZZZZ");

/** Runs when the reminder is due; a visit cancelled or moved since then is simply not reminded. */
@HandlesJob(SendAppointmentReminder)
export class SendAppointmentReminderJob implements JobHandler<PayloadOf<typeof SendAppointmentReminder>> {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly notifications: NotificationAdapter,
    private readonly clock: Clock,
  ) {}

  async handle({ tenantId, appointmentId }: PayloadOf<typeof SendAppointmentReminder>): Promise<void> {
    await this.transactions.run(async (manager) => {
      const appointment = await manager.findOneBy(Appointment, { id: appointmentId });
      if (!appointment || appointment.status !== 'booked' || appointment.startsAt <= this.clock.now()) return;
      await this.notifications.send(manager, {
        tenantId,
        appointmentId,
        patientId: appointment.patientId,
        message: `Reminder: you have a visit on ${wallClock(appointment)}.`,
        appointmentStartsAt: appointment.startsAt,
        timeZone: appointment.timeZone,
      });
    });
  }
}
