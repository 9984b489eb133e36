import { sqlValues } from '@praxis/platform';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { PatientAddress } from './dto/address.dto';
import type { Sex } from './patient.entity';
import { Patient } from './patient.entity';

/** In the order payers are billed: each after the one before it decided. */
export const coverageRanks = ['primary', 'secondary', 'tertiary'] as const;
export type CoverageRank = (typeof coverageRanks)[number];

export const subscriberRelationships = ['self', 'spouse', 'child', 'other'] as const;
export type SubscriberRelationship = (typeof subscriberRelationships)[number];

/** The policy holder. For `self` the details are the patient's unless the card spells them otherwise. */
export class Subscriber {
  relationship: SubscriberRelationship;
  firstName?: string;
  lastName?: string;
  dateOfBirth?: string;
  /** Claims name the subscriber's sex and address; the front desk adds them for someone other than the patient. */
  sex?: Sex;
  address?: PatientAddress;
}

@Entity({ name: 'coverages' })
@Index('coverages_by_patient', ['tenantId', 'patientId'])
@ForeignKey(() => Patient, ['tenantId', 'patientId'], ['tenantId', 'id'], { name: 'coverages_patient_fk' })
@Check('coverages_rank_check', `"rank" IN (${sqlValues(coverageRanks)})`)
@Check('coverages_period_check', `"effective_to" IS NULL OR "effective_to" >= "effective_from"`)
// One active coverage per rank on any day, whatever the concurrency (btree_gist gives the equality operators).
@Exclusion(
  'coverages_one_per_rank_at_a_time',
  `USING gist ("tenant_id" WITH =, "patient_id" WITH =, "rank" WITH =, daterange("effective_from", "effective_to", '[]') WITH &&)`,
)
export class Coverage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'patient_id' })
  patientId: string;

  /** The payer's EDI id, as claims will send it. */
  @Column({ name: 'payer_id' })
  payerId: string;

  @Column({ name: 'payer_name' })
  payerName: string;

  @Column({ name: 'member_id' })
  memberId: string;

  @Column({ name: 'group_number', type: 'character varying', nullable: true })
  groupNumber: string | null;

  @Column('jsonb')
  subscriber: Subscriber;

  @Column({ type: 'character varying' })
  rank: CoverageRank;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  /** Inclusive; null while the coverage is open-ended. */
  @Column({ name: 'effective_to', type: 'date', nullable: true })
  effectiveTo: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
