import { Injectable } from '@nestjs/common';
import { AppointmentNoShow } from '@praxis/contracts';
import { Appointment } from '../appointment.entity';
import { appointmentPayload } from '../appointment-events';
import { assertVisitStarted } from '../appointment-timing';
import { AppointmentTransition } from '../appointment-transition';
import { MarkNoShowCommand } from './mark-no-show.command';

@Injectable()
export class MarkNoShow {
  constructor(private readonly transition: AppointmentTransition) {}

  execute({ appointmentId, now }: MarkNoShowCommand): Promise<Appointment> {
    return this.transition.apply(appointmentId, 'mark-no-show', AppointmentNoShow, async (appointment) => {
      assertVisitStarted(appointment, now);
      appointment.status = 'no_show';
      return appointmentPayload(appointment);
    });
  }
}
