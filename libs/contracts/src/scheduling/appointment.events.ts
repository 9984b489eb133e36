import { DIAGNOSIS_CODE_PATTERN, PROCEDURE_CODE_PATTERN, PROCEDURE_MODIFIER_PATTERN } from '@praxis/domain';
import { z } from 'zod';
import { defineEvent } from '../envelope/event-contract';
import { Topic } from '../topics';

const instant = z.string().datetime({ offset: true });

const appointment = z.object({
  appointmentId: z.string().uuid(),
  patientId: z.string().uuid(),
  providerId: z.string().uuid(),
  locationId: z.string().uuid(),
  appointmentTypeId: z.string().uuid(),
  startsAt: instant,
  endsAt: instant,
  timeZone: z.string().min(1),
});

export const procedureLineSchema = z.object({
  code: z.string().regex(PROCEDURE_CODE_PATTERN),
  modifiers: z.array(z.string().regex(PROCEDURE_MODIFIER_PATTERN)).max(4),
  units: z.number().int().positive(),
  diagnosisPointers: z.array(z.number().int().min(1).max(12)).min(1).max(4),
});

export const AppointmentBooked = defineEvent({
  type: 'appointment.booked',
  version: 1,
  topic: Topic.SchedulingAppointments,
  payload: appointment,
});
export const AppointmentRescheduled = defineEvent({
  type: 'appointment.rescheduled',
  version: 1,
  topic: Topic.SchedulingAppointments,
  payload: appointment.extend({ previousStartsAt: instant, previousEndsAt: instant }),
});
export const AppointmentCancelled = defineEvent({
  type: 'appointment.cancelled',
  version: 1,
  topic: Topic.SchedulingAppointments,
  payload: appointment.extend({ reason: z.string().min(1) }),
});
export const AppointmentCheckedIn = defineEvent({
  type: 'appointment.checked_in',
  version: 1,
  topic: Topic.SchedulingAppointments,
  payload: appointment,
});
export const AppointmentNoShow = defineEvent({
  type: 'appointment.no_show',
  version: 1,
  topic: Topic.SchedulingAppointments,
  payload: appointment,
});

/** Everything billing and claims need to charge for the visit, without reading scheduling's database. */
export const AppointmentCompleted = defineEvent({
  type: 'appointment.completed',
  version: 1,
  topic: Topic.SchedulingAppointments,
  payload: appointment.extend({
    renderingProviderNpi: z.string().regex(/^\d{10}$/),
    diagnoses: z.array(z.string().regex(DIAGNOSIS_CODE_PATTERN)).min(1).max(12),
    procedures: z.array(procedureLineSchema).min(1),
  }),
});

/** Every event on the appointments topic: a consumer of the topic must accept them all, even those it leaves be. */
export const APPOINTMENT_EVENTS = [
  AppointmentBooked,
  AppointmentRescheduled,
  AppointmentCancelled,
  AppointmentCheckedIn,
  AppointmentNoShow,
  AppointmentCompleted,
] as const;
