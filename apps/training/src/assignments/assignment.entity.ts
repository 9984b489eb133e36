import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One person must meet one requirement; retired (not deleted) when they no longer must, so history stays. */
@Entity({ name: 'training_assignments' })
@Index('training_assignments_once', ['tenantId', 'requirementId', 'userId'], { unique: true })
export class Assignment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'requirement_id' })
  requirementId: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  /** The first deadline, for someone who has never met the requirement. */
  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
