import { APPOINTMENT_EVENTS, AppointmentBooked, EventEnvelope, EventRegistry, PayloadOf } from '@praxis/contracts';
import { DateTime } from 'luxon';

export const appointmentEvents = new EventRegistry(APPOINTMENT_EVENTS);

export type LiveAppointmentStatus = 'booked' | 'cancelled' | 'checked_in' | 'no_show' | 'completed';

const statusAfter: Record<(typeof APPOINTMENT_EVENTS)[number]['type'], LiveAppointmentStatus> = {
  'appointment.booked': 'booked',
  'appointment.rescheduled': 'booked',
  'appointment.cancelled': 'cancelled',
  'appointment.checked_in': 'checked_in',
  'appointment.no_show': 'no_show',
  'appointment.completed': 'completed',
};

/**
 * What an open calendar needs to refetch the right day: ids, days and the visit's status. Names, reasons, codes and
 * times stay out; the console reads them through the API, where the caller's role decides what it may see.
 */
export interface AppointmentChange {
  appointmentId: string;
  patientId: string;
  providerId: string;
  locationId: string;
  status: LiveAppointmentStatus;
  /** Days on the location's clock whose calendar changed: a reschedule names the day it left and the day it moved to. */
  dates: string[];
}

type AppointmentPayload = PayloadOf<typeof AppointmentBooked> & { previousStartsAt?: string };

const dayIn = (instant: string, timeZone: string): string | null =>
  DateTime.fromISO(instant, { zone: timeZone }).toISODate();

/** The change an appointment event (one `appointmentEvents` accepted) makes to a clinic's calendars. */
export const appointmentChangeOf = (envelope: EventEnvelope): AppointmentChange => {
  const payload = envelope.payload as AppointmentPayload;
  const starts = [payload.previousStartsAt, payload.startsAt].filter((instant) => instant !== undefined);
  return {
    appointmentId: payload.appointmentId,
    patientId: payload.patientId,
    providerId: payload.providerId,
    locationId: payload.locationId,
    status: statusAfter[envelope.type as keyof typeof statusAfter],
    dates: [...new Set(starts.map((instant) => dayIn(instant, payload.timeZone)))].filter((day) => day !== null),
  };
};
