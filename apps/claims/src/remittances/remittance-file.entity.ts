import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An 835 file exactly as it arrived, kept beside the payments it carried. */
@Entity({ name: 'remittance_files' })
export class RemittanceFile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('text', { select: false })
  content: string;

  @Column('timestamptz', { name: 'received_at' })
  receivedAt: Date;
}
