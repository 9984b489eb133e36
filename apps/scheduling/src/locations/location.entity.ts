import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Scheduling's own copy of identity's locations (identity.locations events), with the zone working hours are read in. */
@Entity({ name: 'locations' })
export class Location {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column()
  name: string;

  @Column({ name: 'time_zone' })
  timeZone: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
