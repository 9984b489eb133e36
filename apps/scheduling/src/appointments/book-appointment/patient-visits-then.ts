import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@praxis/tenancy';
import { readInstant } from '../../availability/slots/wall-clock-presenter';
import { ACTIVE_STATUSES } from '../appointment.entity';
import { PatientAlreadyBookedError, PatientVisitThen } from '../appointment-errors';
import { localInstant } from '../appointment-events';

export interface WantedPatientTime {
  patientId: string;
  appointmentTypeId: string;
  /** ISO 8601 with its UTC offset. */
  startsAt: string;
  /** The visit being moved, which cannot stand in its own way. */
  movingAppointmentId?: string;
}

interface HeldRow {
  id: string;
  providerId: string;
  providerName: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
}

/** The patient's visits that hold the time the wanted visit would take, as `appointments_no_patient_overlap` sees them. */
const PATIENT_VISITS_THEN_SQL = `
  SELECT visit.id, visit.provider_id AS "providerId", provider.display_name AS "providerName",
         visit.starts_at AS "startsAt", visit.ends_at AS "endsAt", visit.time_zone AS "timeZone"
    FROM appointments visit
    JOIN providers provider ON provider.id = visit.provider_id
    JOIN appointment_types wanted ON wanted.id = $2
   WHERE visit.patient_id = $1 AND visit.status = ANY($5::text[]) AND NOT visit.allow_patient_overlap
     AND visit.id IS DISTINCT FROM $4::uuid
     AND tstzrange(visit.starts_at, visit.ends_at, '[)')
         && tstzrange($3::timestamptz, $3::timestamptz + make_interval(mins => wanted.duration_minutes), '[)')
   ORDER BY visit.starts_at`;

/** What a refused booking says when the patient already has a visit at that time: which visit, on the clinic's clock. */
@Injectable()
export class PatientVisitsThen {
  constructor(private readonly transactions: TenantTransactions) {}

  async refusal(wanted: WantedPatientTime): Promise<PatientAlreadyBookedError> {
    const held: HeldRow[] = await this.transactions.run((manager) =>
      manager.query(PATIENT_VISITS_THEN_SQL, [
        wanted.patientId,
        wanted.appointmentTypeId,
        wanted.startsAt,
        wanted.movingAppointmentId ?? null,
        ACTIVE_STATUSES,
      ]),
    );
    return new PatientAlreadyBookedError(held.map(visitThen));
  }
}

const visitThen = ({ id, providerId, providerName, startsAt, endsAt, timeZone }: HeldRow): PatientVisitThen => {
  const { localDate, localTime } = readInstant(startsAt, timeZone);
  return {
    appointmentId: id,
    providerId,
    providerName,
    startsAt: localInstant(startsAt, timeZone),
    endsAt: localInstant(endsAt, timeZone),
    localDate,
    localTime,
    timeZone,
  };
};
