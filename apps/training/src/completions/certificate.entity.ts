import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An uploaded certificate, kept in the clinic's own rows with its digest; readable by managers and its holder. */
@Entity({ name: 'training_certificates' })
export class Certificate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Column({ name: 'media_type' })
  mediaType: string;

  @Column('integer', { name: 'byte_size' })
  byteSize: number;

  @Column()
  sha256: string;

  @Column('bytea', { select: false })
  content: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
