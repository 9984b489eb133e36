import { Injectable } from '@nestjs/common';
import { AppointmentCancelled } from '@praxis/contracts';
import { Appointment } from '../appointment.entity';
import { appointmentPayload } from '../appointment-events';
import { AppointmentTransition } from '../appointment-transition';
import { CancelAppointmentCommand } from './cancel-appointment.command';

/** A cancelled visit leaves the provider's calendar: its time can be booked again at once. */
@Injectable()
export class CancelAppointment {
  constructor(private readonly transition: AppointmentTransition) {}

  execute({ appointmentId, reason }: CancelAppointmentCommand): Promise<Appointment> {
    return this.transition.apply(appointmentId, 'cancel', AppointmentCancelled, async (appointment) => {
      Object.assign(appointment, { status: 'cancelled', cancellationReason: reason });
      return { ...appointmentPayload(appointment), reason };
    });
  }
}
