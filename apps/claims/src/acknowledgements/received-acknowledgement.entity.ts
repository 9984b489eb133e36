import { sqlValues } from '@praxis/platform';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ClaimOutcome } from './claim-outcome';

export const acknowledgementKinds = ['999', '277CA'] as const;
export type AcknowledgementKind = (typeof acknowledgementKinds)[number];
export const acknowledgementSources = ['clearinghouse', 'upload'] as const;
export type AcknowledgementSource = (typeof acknowledgementSources)[number];

/** A 999 or 277CA as it arrived, with what it did to each claim; the same file again changes nothing. */
@Entity({ name: 'received_acknowledgements' })
@Index('received_acknowledgements_once', ['tenantId', 'sha256'], { unique: true })
@Check('received_acknowledgements_kind', `kind IN (${sqlValues(acknowledgementKinds)})`)
@Check('received_acknowledgements_source', `source IN (${sqlValues(acknowledgementSources)})`)
export class ReceivedAcknowledgement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('varchar')
  kind: AcknowledgementKind;

  @Column('varchar')
  source: AcknowledgementSource;

  /** SHA-256 of the file's text, hex: how a repeat is recognised. */
  @Column('varchar', { length: 64 })
  sha256: string;

  @Column('text', { select: false })
  content: string;

  @Column('jsonb')
  outcomes: ClaimOutcome[];

  @Column('uuid', { name: 'received_by', nullable: true })
  receivedBy: string | null;

  @Column('timestamptz', { name: 'received_at' })
  receivedAt: Date;
}
