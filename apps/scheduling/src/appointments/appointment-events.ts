import { DateTime } from 'luxon';
import { Appointment } from './appointment.entity';

/** Instants leave the service with the location's offset, so every consumer sees the local wall-clock time too. */
export const localInstant = (instant: Date, timeZone: string): string => {
  const local = DateTime.fromJSDate(instant, { zone: timeZone }).toISO({ suppressMilliseconds: true });
  if (!local) throw new Error(`cannot express ${instant.toISOString()} in ${timeZone}`);
  return local;
};

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
