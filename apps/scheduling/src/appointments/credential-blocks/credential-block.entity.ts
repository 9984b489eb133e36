import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A scheduling-blocking credential (licence, BLS...) that training reported expired, until it is renewed. */
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

  @Column({ name: 'expired_on', type: 'date' })
  expiredOn: string;
}
