import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A reminder the default adapter recorded; one per person, deadline and stage, so a second scan sends nothing. */
@Entity({ name: 'training_notifications' })
@Index('training_notifications_once', ['tenantId', 'assignmentId', 'recipientUserId', 'deadline', 'stage'], {
  unique: true,
})
export class TrainingNotification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'assignment_id' })
  assignmentId: string;

  @Column('uuid', { name: 'recipient_user_id' })
  recipientUserId: string;

  @Column({ type: 'date' })
  deadline: string;

  @Column()
  stage: string;

  @Column()
  channel: string;

  @Column('text')
  message: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
