import type { CurrencyCode } from '@praxis/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A remittance's clinic-level adjustments as billing posted them, once per remittance. */
@Entity({ name: 'provider_adjustment_postings' })
export class ProviderAdjustmentPosting {
  @PrimaryColumn('uuid', { name: 'remittance_id' })
  remittanceId: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('varchar', { name: 'payer_name' })
  payerName: string;

  /** The check or EFT trace number the adjustments came with. */
  @Column('varchar', { name: 'trace_number' })
  traceNumber: string;

  @Column('varchar', { length: 3 })
  currency: CurrencyCode;

  /** What the adjustments took from the payment, signed as sent: negative when they added to it. */
  @Column('integer', { name: 'total_minor' })
  totalMinor: number;

  @Column('timestamptz', { name: 'posted_at' })
  postedAt: Date;
}
