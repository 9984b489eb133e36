import { sqlValues } from '@praxis/platform';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * queued: asked for, the job has not gathered the claims yet; built: the file is written and stored, its claims are
 * submitted; sent: the clearinghouse took the file; empty: no claim was ready when the job ran; refused: the
 * clearinghouse would not read the file, and its claims were rejected.
 */
export const submissionStatuses = ['queued', 'built', 'sent', 'empty', 'refused'] as const;
export type SubmissionStatus = (typeof submissionStatuses)[number];

/** One 837P file of a clinic to one receiver, kept byte for byte as it was sent. */
@Entity({ name: 'claim_submissions' })
@Index('claim_submissions_one_per_control_number', ['tenantId', 'receiverId', 'interchangeControlNumber'], {
  unique: true,
})
@Check('claim_submissions_status', `status IN (${sqlValues(submissionStatuses)})`)
export class ClaimSubmission {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('varchar')
  status: SubmissionStatus;

  /** The clearinghouse's id (ISA08), once the file is built. */
  @Column('varchar', { name: 'receiver_id', nullable: true })
  receiverId: string | null;

  /** The clinic's id at the clearinghouse (ISA06): the mailbox its replies wait in. */
  @Column('varchar', { name: 'submitter_id', nullable: true })
  submitterId: string | null;

  /** ISA13 and GS06, unique and increasing per clinic and receiver: 999s and 277CAs name the file by it. */
  @Column('integer', { name: 'interchange_control_number', nullable: true })
  interchangeControlNumber: number | null;

  /** The exact bytes sent. */
  @Column('bytea', { nullable: true, select: false })
  x12: Buffer | null;

  /** Why the clearinghouse refused the file, in its words. */
  @Column('text', { nullable: true })
  refusal: string | null;

  @Column('uuid', { name: 'requested_by', nullable: true })
  requestedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column('timestamptz', { name: 'built_at', nullable: true })
  builtAt: Date | null;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt: Date | null;
}
