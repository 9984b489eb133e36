import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Login happens before the tenant is known: this global table maps a sign-in email to its clinic,
 * and holds nothing else, so the tenant tables can stay behind row-level security.
 */
@Entity({ name: 'login_directory' })
export class LoginDirectoryEntry {
  @PrimaryColumn()
  email: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;
}
