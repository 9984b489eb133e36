import { Injectable } from '@nestjs/common';
import { AppointmentCheckedIn } from '@praxis/contracts';
import { Appointment } from '../appointment.entity';
import { appointmentPayload } from '../appointment-events';
import { assertOnVisitDay } from '../appointment-timing';
import { AppointmentTransition } from '../appointment-transition';
import { CheckInAppointmentCommand } from './check-in-appointment.command';

@Injectable()
export class CheckInAppointment {
  constructor(private readonly transition: AppointmentTransition) {}

  execute({ appointmentId, now }: CheckInAppointmentCommand): Promise<Appointment> {
    return this.transition.apply(appointmentId, 'check-in', AppointmentCheckedIn, async (appointment) => {
      assertOnVisitDay(appointment, now);
      appointment.status = 'checked_in';
      return appointmentPayload(appointment);
    });
  }
}
