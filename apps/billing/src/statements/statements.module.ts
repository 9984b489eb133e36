import { DynamicModule, Module } from '@nestjs/common';
import { JobsModule } from '@praxis/jobs';
import { BillingConfig } from '../billing.config';
import { IssueStatement } from './issue-statement/issue-statement.usecase';
import { ProduceStatements, ProduceStatementsJob } from './produce-statements.job';
import { StartStatementRun } from './start-statement-run/start-statement-run.usecase';
import { StatementIssuer } from './statement-issuer';
import { StatementsController } from './statements.controller';
import { StatementsQueries } from './statements.queries';

@Module({ providers: [StatementIssuer], exports: [StatementIssuer] })
class StatementIssuerModule {}

/** Patient statements from the ledger, one by one or in a clinic's background run, kept with their PDFs. */
@Module({})
export class StatementsModule {
  static register(config: BillingConfig): DynamicModule {
    return {
      module: StatementsModule,
      imports: [
        StatementIssuerModule,
        JobsModule.forRoot({
          redisUrl: config.REDIS_URL,
          jobs: [ProduceStatements],
          handlers: [ProduceStatementsJob],
          imports: [StatementIssuerModule],
        }),
      ],
      controllers: [StatementsController],
      providers: [StatementsQueries, IssueStatement, StartStatementRun],
    };
  }
}
