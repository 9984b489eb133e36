import { DynamicModule, Module } from '@nestjs/common';
import { JobsModule } from '@praxis/jobs';
import { BillingConfig } from '../billing.config';
import { ClinicEventsConsumer } from './clinic-events.consumer';
import { IssueStatement } from './issue-statement/issue-statement.usecase';
import { MonthlyStatementRuns } from './monthly-statement-runs';
import { ProduceStatements, ProduceStatementsJob } from './produce-statements.job';
import { StartMonthlyStatementRun, StartMonthlyStatementRunJob } from './start-monthly-statement-run.job';
import { StartStatementRun } from './start-statement-run/start-statement-run.usecase';
import { StatementIssuer } from './statement-issuer';
import { SetStatementSettings } from './statement-settings/set-statement-settings/set-statement-settings.usecase';
import { StatementSettingsController } from './statement-settings/statement-settings.controller';
import { StatementsController } from './statements.controller';
import { StatementsQueries } from './statements.queries';

/** What the job handlers use: issuing a statement, and starting a run as a clerk would. */
@Module({ providers: [StatementIssuer, StartStatementRun], exports: [StatementIssuer, StartStatementRun] })
class StatementWorkModule {}

/** Patient statements from the ledger, one by one or in a clinic's run (monthly or on demand), kept with their PDFs. */
@Module({})
export class StatementsModule {
  static register(config: BillingConfig): DynamicModule {
    return {
      module: StatementsModule,
      imports: [
        StatementWorkModule,
        JobsModule.forRoot({
          redisUrl: config.REDIS_URL,
          jobs: [ProduceStatements, StartMonthlyStatementRun],
          handlers: [ProduceStatementsJob, StartMonthlyStatementRunJob],
          imports: [StatementWorkModule],
        }),
      ],
      controllers: [StatementsController, StatementSettingsController, ClinicEventsConsumer],
      providers: [StatementsQueries, IssueStatement, MonthlyStatementRuns, SetStatementSettings],
    };
  }
}
