import { Injectable } from '@nestjs/common';
import { AppointmentCancelled, AppointmentCheckedIn, AppointmentNoShow, AppointmentRescheduled } from '@praxis/contracts';
import { Appointment } from '../appointment.entity';
import { isDoubleBooking, SlotTakenError } from '../appointment-errors';
import { appointmentPayload, localInstant } from '../appointment-events';
import { NextFreeSlots } from '../book-appointment/next-free-slots';
import { VisitPlanner } from '../book-appointment/visit-planner';
import { RescheduleAppointmentDto } from '../dto/appointment-requests.dto';
import { AppointmentTransition } from './appointment-transition';

/** The front desk's changes to a visit. */
@Injectable()
export class ChangeAppointment {
  constructor(
    private readonly transition: AppointmentTransition,
    private readonly planner: VisitPlanner,
    private readonly nextFreeSlots: NextFreeSlots,
  ) {}

  async reschedule(id: string, request: RescheduleAppointmentDto): Promise<Appointment> {
    let moved: Appointment | undefined;
    try {
      return await this.transition.apply(id, 'reschedule', AppointmentRescheduled, async (appointment, manager) => {
        const previousStartsAt = localInstant(appointment.startsAt, appointment.timeZone);
        const previousEndsAt = localInstant(appointment.endsAt, appointment.timeZone);
        const providerId = request.providerId ?? appointment.providerId;
        const roomId = request.roomId ?? appointment.roomId;
        const { provider: _provider, ...times } = await this.planner.plan(manager, { ...appointment, providerId, roomId, startsAt: new Date(request.startsAt) });
        moved = Object.assign(appointment, times, { providerId, roomId });
        return { ...appointmentPayload(appointment), previousStartsAt, previousEndsAt };
      });
    } catch (error) {
      if (isDoubleBooking(error) && moved) throw new SlotTakenError(await this.nextFreeSlots.after({ ...moved, startsAt: request.startsAt }));
      throw error;
    }
  }

  cancel(id: string, reason: string): Promise<Appointment> {
    return this.transition.apply(id, 'cancel', AppointmentCancelled, async (appointment) => {
      Object.assign(appointment, { status: 'cancelled', cancellationReason: reason });
      return { ...appointmentPayload(appointment), reason };
    });
  }

  checkIn(id: string): Promise<Appointment> {
    return this.transition.apply(id, 'check-in', AppointmentCheckedIn, async (appointment) => {
      appointment.status = 'checked_in';
      return appointmentPayload(appointment);
    });
  }

  markNoShow(id: string): Promise<Appointment> {
    return this.transition.apply(id, 'mark-no-show', AppointmentNoShow, async (appointment) => {
      appointment.status = 'no_show';
      return appointmentPayload(appointment);
    });
  }
}
