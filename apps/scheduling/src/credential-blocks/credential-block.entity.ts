import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where a scheduling-blocking credential (licence, BLS...) stands, as of the newest training event about it. */
@Entity({ name: 'credential_blocks' })
export class CredentialBlock {
  @PrimaryColumn('uuid', { name: 'credential_id' })
  credentialId: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Column({ name: 'credential_name' })
  credentialName: string;

  @Column({ name: 'expired_on', type: 'date', nullable: true })
  expiredOn: string | null;

  /** True while expired: the provider cannot be booked. */
  @Column({ default: true })
  blocking: boolean;

  @Column({ name: 'as_of', type: 'timestamptz', default: () => "'-infinity'" })
  asOf: Date;
}
