import { ApiHideProperty } from '@nestjs/swagger';
import type { CurrencyCode } from '@praxis/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { StatementContent } from './statement-content';

/**
 * A statement as it was sent: the amounts the ledger gave on its date and the PDF itself, so it can be downloaded
 * again exactly as the patient received it. Never changed; a new statement is a new row.
 */
@Entity({ name: 'patient_statements' })
@Index('patient_statements_patient', ['tenantId', 'patientId', 'statementDate'])
@Index('patient_statements_run', ['runId'])
export class PatientStatement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'patient_id' })
  patientId: string;

  /** The statement run that produced it; null when a clerk asked for this one statement. */
  @Column('uuid', { name: 'run_id', nullable: true })
  runId: string | null;

  /** The day after the previous statement's date, or null for the patient's first statement. */
  @Column('date', { name: 'period_from', nullable: true })
  periodFrom: string | null;

  /** The statement's date on the clinic's calendar; the period ends on it. */
  @Column('date', { name: 'statement_date' })
  statementDate: string;

  @Column('varchar', { length: 3 })
  currency: CurrencyCode;

  /** Charges of the visits the statement lists, in minor units. */
  @Column('integer', { name: 'charges_minor' })
  chargesMinor: number;

  @Column('integer', { name: 'insurance_paid_minor' })
  insurancePaidMinor: number;

  /** Contractual adjustments and write-offs. */
  @Column('integer', { name: 'adjustments_minor' })
  adjustmentsMinor: number;

  @Column('integer', { name: 'patient_paid_minor' })
  patientPaidMinor: number;

  /** Still expected from insurance; not asked of the patient. */
  @Column('integer', { name: 'insurance_pending_minor' })
  insurancePendingMinor: number;

  /** What the patient owes: their whole receivable on the statement's date. */
  @Column('integer', { name: 'balance_due_minor' })
  balanceDueMinor: number;

  @Column('integer', { name: 'due_0_to_30_minor' })
  due0To30Minor: number;

  @Column('integer', { name: 'due_31_to_60_minor' })
  due31To60Minor: number;

  @Column('integer', { name: 'due_61_to_90_minor' })
  due61To90Minor: number;

  @Column('integer', { name: 'due_91_to_120_minor' })
  due91To120Minor: number;

  @Column('integer', { name: 'due_over_120_minor' })
  dueOver120Minor: number;

  /** Everything the PDF shows, as it was computed; read on its own, never with the statement. */
  @ApiHideProperty()
  @Column('jsonb', { select: false })
  content?: StatementContent;

  /** Downloaded on its own as application/pdf. */
  @ApiHideProperty()
  @Column('bytea', { select: false })
  pdf?: Buffer;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
