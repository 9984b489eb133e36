import { sqlValues } from '@praxis/platform';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const exceptionKinds = ['time_off', 'holiday', 'extra_hours'] as const;
export type ExceptionKind = (typeof exceptionKinds)[number];

/**
 * A change to the weekly pattern. `time_off`: a provider away, between two instants or over whole local
 * dates (from_date..to_date). `holiday`: a location closed on from_date. `extra_hours`: a provider open
 * at a location on from_date between start_time and end_time.
 */
@Entity({ name: 'availability_exceptions' })
@Index('availability_exceptions_by_provider', ['tenantId', 'providerId'])
@Index('availability_exceptions_by_location', ['tenantId', 'locationId'])
@Check('availability_exceptions_known_kind', `"kind" IN (${sqlValues(exceptionKinds)})`)
export class AvailabilityException {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('character varying')
  kind: ExceptionKind;

  @Column('uuid', { name: 'provider_id', nullable: true })
  providerId: string | null;

  @Column('uuid', { name: 'location_id', nullable: true })
  locationId: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz', nullable: true })
  startsAt: Date | null;

  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true })
  endsAt: Date | null;

  @Column('date', { name: 'from_date', nullable: true })
  fromDate: string | null;

  @Column('date', { name: 'to_date', nullable: true })
  toDate: string | null;

  @Column('time', { name: 'start_time', nullable: true })
  startTime: string | null;

  @Column('time', { name: 'end_time', nullable: true })
  endTime: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
