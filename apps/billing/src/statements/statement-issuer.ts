import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { KnownClinic } from '@praxis/replicas';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { KnownPatient } from '../patients/known-patient.entity';
import { PatientStatement } from './patient-statement.entity';
import { StatementClinic, StatementContent } from './statement-content';
import { readPatientLedger } from './statement-ledger';
import { renderStatementPdf } from './statement-pdf';
import { StatementSettings } from './statement-settings/statement-settings.entity';
import {
  ClinicNotKnownError,
  DAYS_BETWEEN_STATEMENTS,
  NothingDueError,
  PatientNotKnownError,
  StatementTooSoonError,
} from './statement-rules';

export interface StatementRequest {
  tenantId: string;
  patientId: string;
  asOf: Date;
  /** Send one even if the patient had a statement within the last 30 days. */
  force: boolean;
  runId: string | null;
  actorUserId: string | null;
}

/** Issues one patient's statement in the caller's transaction: the ledger's numbers on the day, and their PDF. */
@Injectable()
export class StatementIssuer {
  async issue(manager: EntityManager, request: StatementRequest): Promise<PatientStatement> {
    const { tenantId, patientId, asOf } = request;
    // Two clerks (or a clerk and a run) issuing for one patient at once must not both pass the 30-day rule.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('patient-statement:' || $1, 0))`, [patientId]);
    const clinic = await manager.findOneBy(KnownClinic, { tenantId });
    if (!clinic) throw new ClinicNotKnownError();
    const statementDate = DateTime.fromJSDate(asOf).setZone(clinic.timeZone).toISODate() as string;
    const previous = await this.previousStatementDate(manager, patientId);
    if (previous !== null && !request.force && daysBetween(previous, statementDate) < DAYS_BETWEEN_STATEMENTS)
      throw new StatementTooSoonError(previous);
    const ledger = await readPatientLedger(manager, patientId, asOf);
    if (ledger === null || ledger.totals.balanceDueMinor <= 0) throw new NothingDueError();
    const patient = await manager.findOneBy(KnownPatient, { patientId });
    if (!patient?.firstName || !patient.lastName) throw new PatientNotKnownError();
    const { firstName, lastName, address } = patient;
    const content: StatementContent = {
      clinic: statementClinic(clinic, await manager.findOneBy(StatementSettings, { tenantId })),
      patient: { patientId, firstName, lastName, address },
      statementDate,
      periodFrom: previous === null ? null : nextDay(previous),
      ...ledger,
    };
    return this.record(manager, request, content);
  }

  private async record(
    manager: EntityManager,
    { tenantId, patientId, runId, actorUserId, asOf }: StatementRequest,
    content: StatementContent,
  ): Promise<PatientStatement> {
    const id = randomUUID();
    await manager.insert(PatientStatement, {
      id,
      tenantId,
      patientId,
      runId,
      periodFrom: content.periodFrom,
      statementDate: content.statementDate,
      currency: content.currency,
      ...content.totals,
      ...content.aging,
      content,
      pdf: await renderStatementPdf(id, content, asOf),
      createdBy: actorUserId,
    });
    return manager.findOneByOrFail(PatientStatement, { id });
  }

  private async previousStatementDate(manager: EntityManager, patientId: string): Promise<string | null> {
    const [latest]: { statement_date: string }[] = await manager.query(
      `SELECT to_char(max(statement_date), 'YYYY-MM-DD') AS statement_date FROM patient_statements WHERE patient_id = $1`,
      [patientId],
    );
    return latest?.statement_date ?? null;
  }
}

const statementClinic = (clinic: KnownClinic, settings: StatementSettings | null): StatementClinic => ({
  name: settings?.payToName ?? clinic.legalName,
  returnAddress: settings?.returnAddress ?? null,
  billingPhone: settings?.billingPhone ?? null,
});

const daysBetween = (from: string, to: string): number =>
  DateTime.fromISO(to).diff(DateTime.fromISO(from), 'days').days;

const nextDay = (date: string): string => DateTime.fromISO(date).plus({ days: 1 }).toISODate() as string;
