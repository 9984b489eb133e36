import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One weekly range of a provider at a location, in the location's wall-clock time (not instants: DST must not move it). */
@Entity({ name: 'working_hours' })
@Index('working_hours_by_provider', ['tenantId', 'providerId', 'weekday'])
@Check('working_hours_valid_range', `"weekday" BETWEEN 1 AND 7 AND "start_time" < "end_time"`)
export class WorkingHours {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'provider_id' })
  providerId: string;

  @Column('uuid', { name: 'location_id' })
  locationId: string;

  /** ISO weekday: 1 is Monday, 7 is Sunday. */
  @Column('smallint')
  weekday: number;

  @Column('time', { name: 'start_time' })
  startTime: string;

  @Column('time', { name: 'end_time' })
  endTime: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
