import { Injectable } from '@nestjs/common';
import { AppointmentNoShow } from '@praxis/contracts';
import { Appointment } from '../appointment.entity';
import { appointmentPayload } from '../appointment-events';
import { AppointmentTransition } from '../appointment-transition';
import { MarkNoShowCommand } from './mark-no-show.command';

@Injectable()
export class MarkNoShow {
  constructor(private readonly transition: AppointmentTransition) {}

  execute({ appointmentId }: MarkNoShowCommand): Promise<Appointment> {
    return this.transition.apply(appointmentId, 'mark-no-show', AppointmentNoShow, async (appointment) => {
      appointment.status = 'no_show';
      return appointmentPayload(appointment);
    });
  }
}
