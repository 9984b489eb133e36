import {
  AppointmentBooked,
  AppointmentCancelled,
  AppointmentCheckedIn,
  AppointmentCompleted,
  AppointmentNoShow,
  AppointmentRescheduled,
  CoverageUpdatedV3,
  EventEnvelope,
  isEvent,
  PatientRegistered,
  PatientUpdated,
} from '@praxis/contracts';
import { EntityManager } from 'typeorm';
import { KnownAppointment } from './known-appointment.entity';
import { KnownPatient } from './known-patient.entity';

const statusAfter = [
  [AppointmentBooked, 'booked'],
  [AppointmentRescheduled, 'booked'],
  [AppointmentCheckedIn, 'checked_in'],
  [AppointmentCancelled, 'cancelled'],
  [AppointmentNoShow, 'no_show'],
  [AppointmentCompleted, 'completed'],
] as const;

/** Names from patient.registered and patient.updated; names and mailing address from coverage.updated v3. */
const knownPatientFrom = (envelope: EventEnvelope): Partial<KnownPatient> | null => {
  const tenantId = envelope.tenantId;
  if (isEvent(CoverageUpdatedV3, envelope)) {
    const { patientId, patient } = envelope.payload;
    const { firstName, lastName, address } = patient;
    return { patientId, tenantId, firstName, lastName, address };
  }
  if (!isEvent(PatientRegistered, envelope) && !isEvent(PatientUpdated, envelope)) return null;
  const { patientId, firstName, lastName } = envelope.payload;
  return { patientId, tenantId, firstName, lastName };
};

/** Called by the one consumer of scheduling.patients, since the inbox allows one handler per topic. */
export const recordPatientEvent = async (manager: EntityManager, envelope: EventEnvelope): Promise<void> => {
  const known = knownPatientFrom(envelope);
  if (known) await manager.upsert(KnownPatient, known, ['patientId']);
};

/** Called by the one consumer of scheduling.appointments; events of one visit arrive in order (keyed by its id). */
export const recordAppointmentEvent = async (manager: EntityManager, envelope: EventEnvelope): Promise<void> => {
  const [, status] = statusAfter.find(([contract]) => isEvent(contract, envelope)) ?? [];
  if (!status) return;
  const { appointmentId, patientId } = envelope.payload as { appointmentId: string; patientId: string };
  const known: KnownAppointment = { id: appointmentId, tenantId: envelope.tenantId, patientId, status };
  await manager.upsert(KnownAppointment, known, ['id']);
  await manager
    .createQueryBuilder()
    .insert()
    .into(KnownPatient)
    .values({ patientId, tenantId: envelope.tenantId })
    .orIgnore()
    .execute();
};
