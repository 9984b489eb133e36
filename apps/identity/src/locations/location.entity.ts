import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { PostalAddress } from '../clinics/clinic.entity';

@Entity({ name: 'locations' })
@Unique('locations_tenant_and_id', ['tenantId', 'id'])
export class Location {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column()
  name: string;

  @Column({ name: 'time_zone' })
  timeZone: string;

  @Column('jsonb')
  address: PostalAddress;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
