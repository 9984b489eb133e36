import { sqlValues } from '@praxis/platform';
import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

export const appointmentStatuses = ['booked', 'checked_in', 'cancelled', 'no_show', 'completed'] as const;
export type KnownAppointmentStatus = (typeof appointmentStatuses)[number];

/**
 * A visit scheduling booked, as its last event left it. The front desk takes a co-pay before the visit is completed,
 * when billing has no charges for it yet: this is how billing knows the visit and whose it is.
 */
@Entity({ name: 'known_appointments' })
@Check('known_appointments_status', `status IN (${sqlValues(appointmentStatuses)})`)
export class KnownAppointment {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'patient_id' })
  patientId: string;

  @Column('varchar')
  status: KnownAppointmentStatus;
}
