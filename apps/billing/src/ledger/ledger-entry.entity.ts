import type { CurrencyCode } from '@praxis/domain';
import { sqlValues } from '@praxis/platform';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { LedgerAccount, PostingKind } from './ledger-postings';
import { ledgerAccounts, postingKinds } from './ledger-postings';

/** One line of a posting, written once and never changed or removed (the table is append-only for the service). */
@Entity({ name: 'ledger_entries' })
@Index('ledger_entries_patient', ['tenantId', 'patientId'])
@Index('ledger_entries_posting', ['postingId'])
@Index('ledger_entries_adjudication', ['adjudicationId'])
@Check('ledger_entries_account', `account IN (${sqlValues(ledgerAccounts)})`)
@Check('ledger_entries_kind', `kind IN (${sqlValues(postingKinds)})`)
export class LedgerEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  /** The lines of one posting share it and sum to zero. */
  @Column('uuid', { name: 'posting_id' })
  postingId: string;

  @Column('varchar')
  kind: PostingKind;

  @Column('varchar')
  account: LedgerAccount;

  /** Positive debits, negative credits, in minor units. */
  @Column('integer', { name: 'amount_minor' })
  amountMinor: number;

  @Column('varchar', { length: 3 })
  currency: CurrencyCode;

  /** Null for the clinic's own postings (a payer's provider-level adjustment), which are no patient's. */
  @Column('uuid', { name: 'patient_id', nullable: true })
  patientId: string | null;

  @Column('uuid', { name: 'visit_id', nullable: true })
  visitId: string | null;

  @Column('uuid', { name: 'charge_id', nullable: true })
  chargeId: string | null;

  /** The patient payment whose receipt, application or refund this line records. */
  @Column('uuid', { name: 'payment_id', nullable: true })
  paymentId: string | null;

  @Column('timestamptz', { name: 'posted_at' })
  postedAt: Date;

  @Column('uuid', { name: 'posted_by', nullable: true })
  postedBy: string | null;

  /** The payer's decision (claim.adjudicated) whose posting this line belongs to, so a reversal finds all of them. */
  @Column('uuid', { name: 'adjudication_id', nullable: true })
  adjudicationId: string | null;
}
