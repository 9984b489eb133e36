import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What claims keeps of scheduling's appointment.completed: who rendered the care, where, on which clock. */
@Entity({ name: 'completed_visits' })
export class CompletedVisit {
  /** Scheduling's appointment id, which billing's charges name as their visit. */
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'location_id' })
  locationId: string;

  @Column('varchar', { name: 'rendering_provider_npi', length: 10 })
  renderingProviderNpi: string;

  @Column('varchar', { name: 'time_zone' })
  timeZone: string;
}
