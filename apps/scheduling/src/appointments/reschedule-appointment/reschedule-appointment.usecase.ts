import { Injectable } from '@nestjs/common';
import { AppointmentRescheduled } from '@praxis/contracts';
import { Appointment } from '../appointment.entity';
import { isDoubleBooking, isPatientOverlap, SlotTakenError } from '../appointment-errors';
import { appointmentPayload, localInstant } from '../appointment-events';
import { AppointmentTransition } from '../appointment-transition';
import { NextFreeSlots } from '../book-appointment/next-free-slots';
import { PatientVisitsThen } from '../book-appointment/patient-visits-then';
import { VisitPlanner } from '../book-appointment/visit-planner';
import { RescheduleAppointmentCommand } from './reschedule-appointment.command';

/** Moves a booked visit, to another time and optionally another provider or room, under the same rules as booking it. */
@Injectable()
export class RescheduleAppointment {
  constructor(
    private readonly transition: AppointmentTransition,
    private readonly planner: VisitPlanner,
    private readonly nextFreeSlots: NextFreeSlots,
    private readonly patientVisits: PatientVisitsThen,
  ) {}

  async execute(command: RescheduleAppointmentCommand): Promise<Appointment> {
    let moved: Appointment | undefined;
    try {
      return await this.transition.apply(
        command.appointmentId,
        'reschedule',
        AppointmentRescheduled,
        async (appointment, manager) => {
          const previousStartsAt = localInstant(appointment.startsAt, appointment.timeZone);
          const previousEndsAt = localInstant(appointment.endsAt, appointment.timeZone);
          const providerId = command.providerId ?? appointment.providerId;
          const roomId = command.roomId ?? appointment.roomId;
          const wanted = {
            ...appointment,
            providerId,
            roomId,
            startsAt: new Date(command.startsAt),
            now: command.now,
            allowOffGrid: command.allowOffGrid,
          };
          const { provider: _provider, ...times } = await this.planner.plan(manager, wanted);
          const allowPatientOverlap = command.allowPatientOverlap ?? false;
          moved = Object.assign(appointment, times, { providerId, roomId, allowPatientOverlap });
          return { ...appointmentPayload(appointment), previousStartsAt, previousEndsAt };
        },
      );
    } catch (error) {
      if (isDoubleBooking(error) && moved)
        throw new SlotTakenError(await this.nextFreeSlots.after({ ...moved, startsAt: command.startsAt }));
      if (isPatientOverlap(error) && moved)
        throw await this.patientVisits.refusal({
          ...moved,
          startsAt: command.startsAt,
          movingAppointmentId: moved.id,
        });
      throw error;
    }
  }
}
