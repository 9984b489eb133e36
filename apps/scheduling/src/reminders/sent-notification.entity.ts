import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What the default notification adapter "sent": kept so staff and tests can see what patients would receive. */
@Entity({ name: 'sent_notifications' })
export class SentNotification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'appointment_id' })
  appointmentId: string;

  @Column('uuid', { name: 'patient_id' })
  patientId: string;

  @Column()
  channel: string;

  @Column({ type: 'text' })
  message: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
