import { TenantCommand } from '@praxis/platform';

export interface RescheduleAppointmentCommand extends TenantCommand {
  appointmentId: string;
  /** ISO 8601 with its UTC offset. */
  startsAt: string;
  /** Omitted: the visit stays with its provider. */
  providerId?: string;
  /** Omitted: the visit keeps its room. */
  roomId?: string;
  /** A start off the visit type's slot grid is accepted only when this says so. */
  allowOffGrid?: boolean;
  /** The visit may overlap the patient's other visits at its new time only when this says so. */
  allowPatientOverlap?: boolean;
}
