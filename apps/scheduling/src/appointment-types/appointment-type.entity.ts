import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'appointment_types' })
@Index('appointment_types_unique_name', ['tenantId', 'name'], { unique: true })
export class AppointmentType {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column()
  name: string;

  @Column('smallint', { name: 'duration_minutes' })
  durationMinutes: number;

  @Column('smallint', { name: 'buffer_before_minutes', default: 0 })
  bufferBeforeMinutes: number;

  @Column('smallint', { name: 'buffer_after_minutes', default: 0 })
  bufferAfterMinutes: number;

  @Column('text', { name: 'procedure_codes', array: true, default: () => "'{}'" })
  procedureCodes: string[];

  @Column({ default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
