import { Column, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Claim } from './claim.entity';
import type { ClaimStatus } from './claim-status';

/** Who did what to a claim and when: every transition and every change, never edited. */
@Entity({ name: 'claim_history' })
@Index('claim_history_by_claim', ['claimId', 'occurredAt'])
export class ClaimHistoryEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'claim_id' })
  claimId: string;

  @ManyToOne('Claim', 'history')
  @JoinColumn({ name: 'claim_id', foreignKeyConstraintName: 'claim_history_claim_fkey' })
  claim?: Claim;

  /** What happened, in the clerk's words: "built from charges", "charge added", "scrubbed", "submitted"... */
  @Column('varchar')
  action: string;

  @Column('varchar', { name: 'from_status', nullable: true })
  fromStatus: ClaimStatus | null;

  @Column('varchar', { name: 'to_status' })
  toStatus: ClaimStatus;

  /** Null when the service acted on its own (an event, a job). */
  @Column('uuid', { name: 'actor_user_id', nullable: true })
  actorUserId: string | null;

  /** Reasons, errors or ids that explain the entry. */
  @Column('jsonb', { nullable: true })
  details: Record<string, unknown> | null;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt: Date;

  /** The order entries were written in, since entries written in one transaction share their time. */
  @Generated('increment')
  @Column('integer', { name: 'written_order' })
  writtenOrder: number;
}
