import type { CurrencyCode } from '@praxis/domain';
import { sqlValues } from '@praxis/platform';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const remittanceStatuses = ['posted', 'quarantined'] as const;
/** posted: its claim payments were posted or wait on the unmatched worklist; quarantined: it does not balance. */
export type RemittanceStatus = (typeof remittanceStatuses)[number];
export const remittanceSources = ['clearinghouse', 'upload'] as const;
export type RemittanceSource = (typeof remittanceSources)[number];

export interface StoredAdjustment {
  group: string;
  reason: string;
  amountMinor: number;
}

export interface StoredProviderAdjustment {
  providerId: string;
  fiscalPeriodDate: string;
  reason: string;
  reference: string | null;
  amountMinor: number;
}

export interface StoredImbalance {
  level: 'line' | 'claim' | 'payment';
  claimIndex: number | null;
  lineIndex: number | null;
  expectedMinor: number;
  actualMinor: number;
  message: string;
}

/**
 * One 835 transaction set: one payment (or a notice that no money moves). The payer's trace number, its identifier
 * and the payer make it unique, so the same payment is stored, and posted, once however often it arrives.
 */
@Entity({ name: 'remittances' })
@Index('remittances_once', ['tenantId', 'traceNumber', 'payerIdentifier', 'payerKey'], { unique: true })
@Check('remittances_status', `status IN (${sqlValues(remittanceStatuses)})`)
@Check('remittances_source', `source IN (${sqlValues(remittanceSources)})`)
export class Remittance {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  /** TRN02: the check or EFT trace number. */
  @Column('varchar', { name: 'trace_number' })
  traceNumber: string;

  /** TRN03: the payer's identifier, usually "1" and its tax id. */
  @Column('varchar', { name: 'payer_identifier' })
  payerIdentifier: string;

  /** The payer as the 835 names it: its REF*2U id, or its name when it sent none. */
  @Column('varchar', { name: 'payer_key' })
  payerKey: string;

  @Column('varchar', { name: 'payer_name' })
  payerName: string;

  @Column('varchar')
  status: RemittanceStatus;

  /** BPR01: I a payment with its remittance, H a notice only. */
  @Column('varchar')
  handling: string;

  /** False for BPR01 H or BPR04 NON: the decisions are recorded and no deposit is made. */
  @Column('boolean', { name: 'moves_money' })
  movesMoney: boolean;

  /** BPR02, signed as sent; may be zero. */
  @Column('integer', { name: 'payment_amount_minor' })
  paymentAmountMinor: number;

  @Column('varchar', { length: 3 })
  currency: CurrencyCode;

  /** BPR04: ACH, CHK, BOP, FWT or NON. */
  @Column('varchar', { name: 'payment_method' })
  paymentMethod: string;

  /** BPR16, a calendar date as the payer sent it. */
  @Column('varchar', { name: 'payment_date' })
  paymentDate: string;

  @Column('varchar', { name: 'payee_npi', nullable: true })
  payeeNpi: string | null;

  @Column('varchar', { name: 'payee_tax_id', nullable: true })
  payeeTaxId: string | null;

  /** Where the transaction does not add up; empty when it balances. */
  @Column('jsonb')
  imbalances: StoredImbalance[];

  /** PLB: the clinic's own money taken or given, never a patient's. */
  @Column('jsonb', { name: 'provider_adjustments' })
  providerAdjustments: StoredProviderAdjustment[];

  @Column('varchar')
  source: RemittanceSource;

  /** The file that carried it, exactly as received. */
  @Column('uuid', { name: 'file_id' })
  fileId: string;

  @Column('uuid', { name: 'received_by', nullable: true })
  receivedBy: string | null;

  @Column('timestamptz', { name: 'received_at' })
  receivedAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
