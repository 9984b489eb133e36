import { sqlValues } from '@praxis/platform';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PatientOutcome } from './dto/patient-outcome.dto';

/** running: the background job is working through the clinic's patients; completed: every patient was handled. */
export const statementRunStatuses = ['running', 'completed'] as const;
export type StatementRunStatus = (typeof statementRunStatuses)[number];

/** One pass over a clinic's patients with a balance due, and how far it has got. */
@Entity({ name: 'statement_runs' })
@Index('statement_runs_one_running', ['tenantId'], { unique: true, where: `status = 'running'` })
@Check('statement_runs_status', `status IN (${sqlValues(statementRunStatuses)})`)
export class StatementRun {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('varchar')
  status: StatementRunStatus;

  /** When the run was asked for: every statement it issues is dated on this instant's clinic day. */
  @Column('timestamptz', { name: 'as_of' })
  asOf: Date;

  /** Patients with a balance due when the job started; null until it has counted them. */
  @Column('integer', { nullable: true })
  total: number | null;

  @Column('integer', { default: 0 })
  issued: number;

  /** Patients left without a statement, each with the reason. */
  @Column('jsonb', { default: () => `'[]'` })
  skipped: PatientOutcome[];

  /** Patients whose statement could not be made, each with what went wrong. */
  @Column('jsonb', { default: () => `'[]'` })
  failed: PatientOutcome[];

  @Column('uuid', { name: 'started_by', nullable: true })
  startedBy: string | null;

  @Column('timestamptz', { name: 'finished_at', nullable: true })
  finishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
