import { TenantCommand } from '@praxis/platform';

export interface BookAppointmentCommand extends TenantCommand {
  patientId: string;
  providerId: string;
  locationId: string;
  appointmentTypeId: string;
  /** ISO 8601 with its UTC offset, as the front desk sent it. */
  startsAt: string;
  roomId?: string;
  notes?: string;
  idempotencyKey?: string;
  /** A start off the visit type's slot grid is booked only when this says so. */
  allowOffGrid?: boolean;
  /** The patient may hold another visit at the same time only when this says so. */
  allowPatientOverlap?: boolean;
}
