import { sqlValues } from '@praxis/platform';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const appointmentStatuses = ['booked', 'checked_in', 'completed', 'cancelled', 'no_show'] as const;
export type AppointmentStatus = (typeof appointmentStatuses)[number];

/** Statuses that hold the provider's time: the exclusion constraint covers exactly these. */
export const ACTIVE_STATUSES: readonly AppointmentStatus[] = ['booked', 'checked_in', 'completed'];

export class ProcedureLine {
  code: string;
  modifiers: string[];
  units: number;
  diagnosisPointers: number[];
}

@Entity({ name: 'appointments' })
@Check('appointments_status_check', `status IN (${sqlValues(appointmentStatuses)})`)
@Check('appointments_check', `starts_at < ends_at AND blocked_from <= starts_at AND blocked_until >= ends_at`)
@Exclusion(
  'appointments_no_double_booking',
  `USING gist (tenant_id WITH =, provider_id WITH =, tstzrange(blocked_from, blocked_until, '[)') WITH &&) WHERE (status IN (${sqlValues(ACTIVE_STATUSES)}))`,
)
@Exclusion(
  'appointments_no_patient_overlap',
  `USING gist (tenant_id WITH =, patient_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&) WHERE (status IN (${sqlValues(ACTIVE_STATUSES)}) AND NOT allow_patient_overlap)`,
)
@Index('appointments_by_provider_time', ['tenantId', 'providerId', 'startsAt'])
@Index('appointments_by_patient_time', ['tenantId', 'patientId', 'startsAt'])
export class Appointment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'patient_id' })
  patientId: string;

  @Column('uuid', { name: 'provider_id' })
  providerId: string;

  @Column('uuid', { name: 'location_id' })
  locationId: string;

  @Column('uuid', { name: 'room_id', nullable: true })
  roomId: string | null;

  @Column('uuid', { name: 'appointment_type_id' })
  appointmentTypeId: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  /** The provider's time this visit holds: the visit plus the type's buffers before and after. */
  @Column({ name: 'blocked_from', type: 'timestamptz' })
  blockedFrom: Date;

  @Column({ name: 'blocked_until', type: 'timestamptz' })
  blockedUntil: Date;

  @Column({ name: 'time_zone' })
  timeZone: string;

  /** Booked on purpose alongside the patient's other visits at that time; otherwise a patient is in one visit at once. */
  @Column({ name: 'allow_patient_overlap', default: false })
  allowPatientOverlap: boolean;

  @Column({ type: 'text' })
  status: AppointmentStatus;

  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  diagnoses: string[];

  @Column('jsonb', { default: () => "'[]'" })
  procedures: ProcedureLine[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
