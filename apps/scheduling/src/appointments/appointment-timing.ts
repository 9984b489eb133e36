import { ConflictError } from '@praxis/platform';
import { readInstant } from '../availability/slots/wall-clock-presenter';
import { Appointment } from './appointment.entity';

export class VisitTimingError extends ConflictError {
  constructor(rule: string, appointment: Appointment) {
    super(rule);
    const { localDate, localTime } = readInstant(appointment.startsAt, appointment.timeZone);
    Object.assign(this.extensions, { localDate, localTime, timeZone: appointment.timeZone });
  }
}

/** Check-in happens on the visit's own day, by the calendar of the visit's location rather than the server's. */
export const assertOnVisitDay = (appointment: Appointment, now: Date): void => {
  const visitDay = readInstant(appointment.startsAt, appointment.timeZone).localDate;
  const today = readInstant(now, appointment.timeZone).localDate;
  if (visitDay === today) return;
  throw new VisitTimingError(
    `a patient can be checked in only on the day of the visit (${visitDay}); it is ${today} at the clinic`,
    appointment,
  );
};

/** A patient is missing only once the visit should have begun. */
export const assertVisitStarted = (appointment: Appointment, now: Date): void => {
  if (now > appointment.startsAt) return;
  const { localDate, localTime } = readInstant(appointment.startsAt, appointment.timeZone);
  throw new VisitTimingError(
    `a patient can be marked as a no-show only after the visit has started (${localTime} on ${localDate})`,
    appointment,
  );
};
