import type { StaffRole } from '@praxis/contracts';
import { sqlValues } from '@praxis/platform';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const requirementKinds = ['course', 'credential'] as const;
export type RequirementKind = (typeof requirementKinds)[number];

export const requirementTopics = [
  'osha_bloodborne_pathogens',
  'hipaa_privacy',
  'hipaa_security',
  'fire_safety',
  'cpr_bls',
  'state_licence',
  'dea_registration',
  'board_certification',
  'bls_card',
  'other',
] as const;
export type RequirementTopic = (typeof requirementTopics)[number];

/** once: never lapses; months: lapses `everyMonths` after completion; printed_expiry: on the date the certificate shows. */
export const recurrences = ['once', 'months', 'printed_expiry'] as const;
export type Recurrence = (typeof recurrences)[number];

/** A course or credential the clinic requires, and of whom: every role listed (optionally only at some locations) plus named staff. */
@Entity({ name: 'training_requirements' })
@Index('training_requirements_unique_name', ['tenantId', 'name'], { unique: true })
@Check('training_requirements_kind', `kind IN (${sqlValues(requirementKinds)})`)
@Check('training_requirements_recurrence', `recurrence IN (${sqlValues(recurrences)})`)
@Check('training_requirements_months', `(recurrence = 'months') = (every_months IS NOT NULL)`)
export class Requirement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column()
  name: string;

  @Column('varchar')
  kind: RequirementKind;

  @Column('varchar')
  topic: RequirementTopic;

  /** Staff holding any of these roles must meet it. */
  @Column('text', { array: true, default: () => "'{}'" })
  roles: StaffRole[];

  /** Empty: at every location. Otherwise only staff of the roles above who work at one of these. */
  @Column('uuid', { name: 'location_ids', array: true, default: () => "'{}'" })
  locationIds: string[];

  /** Named staff who must meet it whatever their role. */
  @Column('uuid', { name: 'staff_ids', array: true, default: () => "'{}'" })
  staffIds: string[];

  @Column('varchar')
  recurrence: Recurrence;

  @Column('smallint', { name: 'every_months', nullable: true })
  everyMonths: number | null;

  /** Days after a deadline before it counts as overdue or expired. */
  @Column('smallint', { name: 'grace_days', default: 0 })
  graceDays: number;

  /** Days a newly assigned person has to meet it, counted from the later of hire and assignment. */
  @Column('smallint', { name: 'due_within_days', default: 30 })
  dueWithinDays: number;

  /** When it lapses the person cannot be booked (announced to scheduling as training.credential.expired). */
  @Column({ name: 'blocks_scheduling', default: false })
  blocksScheduling: boolean;

  @Column({ default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
