import { Injectable } from '@nestjs/common';
import { Page, PageQuery, toCsv } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { TrainingAudience } from '../access/training-audience';
import { StandingRow } from '../standing/standing-row.dto';
import { Standings } from '../standing/standings';
import { isExpiringWithin, isOverdue, matrixOf, pageOfRows, summaryOf } from './compliance-views';
import { ComplianceMatrix, ComplianceSummary } from './dto/compliance.dto';

/** What a manager reads to see who is compliant, and what a staff member reads about themselves. */
@Injectable()
export class ComplianceQueries {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly standings: Standings,
    private readonly audience: TrainingAudience,
  ) {}

  private standingOn(now: Date, userId?: string) {
    return this.transactions.run((manager) => this.standings.on(manager, now, userId));
  }

  async summary(now: Date): Promise<ComplianceSummary> {
    const { today, rows } = await this.standingOn(now);
    return summaryOf(today, rows);
  }

  async overdue(now: Date, page: PageQuery): Promise<Page<StandingRow>> {
    const { rows } = await this.standingOn(now);
    return pageOfRows(rows.filter(isOverdue), page);
  }

  async expiring(now: Date, withinDays: number, page: PageQuery): Promise<Page<StandingRow>> {
    const { today, rows } = await this.standingOn(now);
    return pageOfRows(rows.filter(isExpiringWithin(today, withinDays)), page);
  }

  async matrix(now: Date): Promise<ComplianceMatrix> {
    const { today, rows } = await this.standingOn(now);
    return matrixOf(today, rows);
  }

  async matrixCsv(now: Date): Promise<string> {
    const { requirements, staff } = await this.matrix(now);
    return toCsv(
      ['Staff member', ...requirements.map(({ name }) => name)],
      staff.map(({ displayName, cells }) => [
        displayName,
        ...requirements.map(
          ({ requirementId }) => cells.find((cell) => cell.requirementId === requirementId)?.status ?? '',
        ),
      ]),
    );
  }

  async personalRecord(now: Date, userId: string): Promise<StandingRow[]> {
    this.audience.refuseUnlessOwnOrManaged(userId, 'staff member', userId);
    const { rows } = await this.standingOn(now, userId);
    return rows.sort((a, b) => a.requirementName.localeCompare(b.requirementName));
  }

  async personalRecordCsv(now: Date, userId: string): Promise<string> {
    const rows = await this.personalRecord(now, userId);
    return toCsv(
      ['Requirement', 'Status', 'Deadline', 'Completed on', 'Expires on', 'Awaiting verification'],
      rows.map((row) => [
        row.requirementName,
        row.status,
        row.deadline,
        row.completedOn,
        row.expiresOn,
        row.pendingVerification,
      ]),
    );
  }
}
