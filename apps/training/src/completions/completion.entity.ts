import { sqlValues } from '@praxis/platform';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const reviews = ['pending', 'verified', 'rejected'] as const;
export type Review = (typeof reviews)[number];

/**
 * What someone did to meet a requirement. Never edited in place: a correction is a new completion naming the one it
 * supersedes, and only the review (verify or reject) is filled in once.
 */
@Entity({ name: 'training_completions' })
@Check('training_completions_review', `review IN (${sqlValues(reviews)})`)
@Check('training_completions_dates', `expires_on IS NULL OR expires_on >= completed_on`)
@Index('training_completions_one_correction', ['supersedesId'], { unique: true })
@Index('training_completions_by_person', ['tenantId', 'userId', 'requirementId'])
export class Completion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'requirement_id' })
  requirementId: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Column({ name: 'completed_on', type: 'date' })
  completedOn: string;

  /** Null when it never lapses. */
  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;

  @Column('varchar', { nullable: true })
  issuer: string | null;

  @Column('varchar', { name: 'certificate_number', nullable: true })
  certificateNumber: string | null;

  @Column('uuid', { name: 'certificate_id', nullable: true })
  certificateId: string | null;

  @Column('varchar')
  review: Review;

  @Column('text', { name: 'rejection_reason', nullable: true })
  rejectionReason: string | null;

  @Column('uuid', { name: 'submitted_by', nullable: true })
  submittedBy: string | null;

  @Column('uuid', { name: 'reviewed_by', nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  /** The completion this one corrects; each can be corrected once, so history is a chain, never a fork. */
  @Column('uuid', { name: 'supersedes_id', nullable: true })
  supersedesId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
