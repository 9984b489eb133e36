import { Injectable } from '@nestjs/common';
import { NotFoundError, pageOf, PageQuery } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { StatementPage, StatementRunPage } from './dto/statement.dto';
import { PatientStatement } from './patient-statement.entity';
import { StatementContent } from './statement-content';
import { StatementRun } from './statement-run.entity';
import { StatementSettings } from './statement-settings/statement-settings.entity';

@Injectable()
export class StatementsQueries {
  constructor(private readonly transactions: TenantTransactions) {}

  statement(id: string): Promise<PatientStatement> {
    return this.transactions.run(async (manager) => {
      const statement = await manager.findOneBy(PatientStatement, { id });
      if (!statement) throw new NotFoundError('statement', id);
      return statement;
    });
  }

  settings(tenantId: string): Promise<StatementSettings> {
    return this.transactions.run(async (manager) => {
      const settings = await manager.findOneBy(StatementSettings, { tenantId });
      if (!settings) throw new NotFoundError('statement settings of clinic', tenantId);
      return settings;
    });
  }

  /** What the statement says, as it was computed when it was issued. */
  content(id: string): Promise<StatementContent> {
    return this.transactions.run(async (manager) => {
      const statement = await manager.findOne(PatientStatement, { where: { id }, select: { id: true, content: true } });
      if (!statement?.content) throw new NotFoundError('statement', id);
      return statement.content;
    });
  }

  /** The PDF exactly as it was issued. */
  pdf(id: string): Promise<Buffer> {
    return this.transactions.run(async (manager) => {
      const statement = await manager.findOne(PatientStatement, { where: { id }, select: { id: true, pdf: true } });
      if (!statement?.pdf) throw new NotFoundError('statement', id);
      return statement.pdf;
    });
  }

  patientStatements(patientId: string, page: PageQuery): Promise<StatementPage> {
    return this.transactions.run((manager) =>
      pageOf(
        manager
          .createQueryBuilder(PatientStatement, 'statement')
          .where('statement.patient_id = :patientId', { patientId }),
        page,
      ),
    );
  }

  /** The clinic's runs, oldest first; the last page ends with the newest. */
  runs(page: PageQuery): Promise<StatementRunPage> {
    return this.transactions.run((manager) => pageOf(manager.createQueryBuilder(StatementRun, 'run'), page));
  }

  run(id: string): Promise<StatementRun> {
    return this.transactions.run(async (manager) => {
      const run = await manager.findOneBy(StatementRun, { id });
      if (!run) throw new NotFoundError('statement run', id);
      return run;
    });
  }

  runStatements(runId: string, page: PageQuery): Promise<StatementPage> {
    return this.transactions.run(async (manager) => {
      if (!(await manager.existsBy(StatementRun, { id: runId }))) throw new NotFoundError('statement run', runId);
      return pageOf(
        manager.createQueryBuilder(PatientStatement, 'statement').where('statement.run_id = :runId', { runId }),
        page,
      );
    });
  }
}
