import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One line of the clinic's audit trail: identity's own guarded calls and sign-ins, and every service's reads and
 * changes of patient data. Append-only: the role services run as cannot update or delete it.
 */
@Entity({ name: 'audit_events' })
@Index('audit_events_by_time', ['tenantId', 'createdAt', 'id'])
@Index('audit_events_by_patient', ['tenantId', 'patientId', 'createdAt', 'id'])
@Index('audit_events_by_actor', ['tenantId', 'actorUserId', 'createdAt', 'id'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  /** The service where it happened. */
  @Column({ default: 'identity' })
  service: string;

  @Column('uuid', { name: 'actor_user_id', nullable: true })
  actorUserId: string | null;

  /** A permission (`staff:read`), a sign-in outcome (`session:login-failed`) or a patient record access (`coverage:update`). */
  @Column()
  action: string;

  @Column({ type: 'text', nullable: true })
  resource: string | null;

  @Column('uuid', { name: 'patient_id', nullable: true })
  patientId: string | null;

  /** The record of the patient's that was touched; null when an empty list of them was read. */
  @Column('uuid', { name: 'record_id', nullable: true })
  recordId: string | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  /** When it happened in its service; createdAt is when the trail received it. */
  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
