import { PostalAddress } from '@praxis/platform';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** What a mailed statement says of the clinic: whom to pay, where to send a check, whom to call about the bill. */
@Entity({ name: 'statement_settings' })
export class StatementSettings {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId: string;

  /** The name checks are made payable to; the statement's heading. */
  @Column('varchar', { name: 'pay_to_name' })
  payToName: string;

  /** The return address, where patients mail payments. */
  @Column('jsonb', { name: 'return_address' })
  returnAddress: PostalAddress;

  /** The billing office's number for questions about a statement, ten digits. */
  @Column('varchar', { name: 'billing_phone' })
  billingPhone: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
