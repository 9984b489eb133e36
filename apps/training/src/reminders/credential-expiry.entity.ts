import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Each lapse announced to scheduling, so the daily scan announces it once however often it runs. */
@Entity({ name: 'credential_expiries' })
export class CredentialExpiry {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId: string;

  @PrimaryColumn('uuid', { name: 'assignment_id' })
  assignmentId: string;

  @PrimaryColumn({ name: 'expired_on', type: 'date' })
  expiredOn: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
