import { DateTime } from 'luxon';
import { formatWithOffset } from '../availability/slots/wall-clock';
import { Appointment } from './appointment.entity';

/** Instants leave the service with the location's offset, so every consumer sees the local wall-clock time too. */
export const localInstant = (instant: Date, timeZone: string): string =>
  formatWithOffset(DateTime.fromJSDate(instant, { zone: timeZone }));

export const appointmentPayload = (appointment: Appointment) => ({
  appointmentId: appointment.id,
  patientId: appointment.patientId,
  providerId: appointment.providerId,
  locationId: appointment.locationId,
  appointmentTypeId: appointment.appointmentTypeId,
  startsAt: localInstant(appointment.startsAt, appointment.timeZone),
  endsAt: localInstant(appointment.endsAt, appointment.timeZone),
  timeZone: appointment.timeZone,
});
