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

  /** The visit's start the reminder announced; null on reminders recorded before it was kept. */
  @Column({ name: 'appointment_starts_at', type: 'timestamptz', nullable: true })
  appointmentStartsAt: Date | null;

  /** The location's zone the announced start was written in. */
  @Column({ name: 'time_zone', type: 'varchar', nullable: true })
  timeZone: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
