import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { CommandContext, IdempotencyKey, PageQuery } from '@praxis/platform';
import { IssueStatementDto, StatementPage, StatementRunPage } from './dto/statement.dto';
import { IssueStatement } from './issue-statement/issue-statement.usecase';
import { PatientStatement } from './patient-statement.entity';
import { StartStatementRun } from './start-statement-run/start-statement-run.usecase';
import { StatementRun } from './statement-run.entity';
import { StatementsQueries } from './statements.queries';

/** Patient statements, one at a time or as the clinic's background run, and the PDFs that were sent. */
@ApiTags('billing')
@Controller('api/v1/billing')
export class StatementsController {
  constructor(
    private readonly commands: CommandContext,
    private readonly statements: StatementsQueries,
    private readonly issueStatement: IssueStatement,
    private readonly startStatementRun: StartStatementRun,
  ) {}

  /** 409 when the patient had a statement within 30 days (unless forced); 422 when they owe nothing. */
  @RequirePermission('statements:write')
  @Post('patients/:patientId/statements')
  issue(
    @Param('patientId', ParseUUIDPipe) patientId: string,
    @Body() request: IssueStatementDto,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<PatientStatement> {
    return this.issueStatement.execute({ ...this.commands.current(), ...request, patientId, idempotencyKey });
  }

  @RequirePermission('statements:read')
  @Get('patients/:patientId/statements')
  patientStatements(
    @Param('patientId', ParseUUIDPipe) patientId: string,
    @Query() page: PageQuery,
  ): Promise<StatementPage> {
    return this.statements.patientStatements(patientId, page);
  }

  @RequirePermission('statements:read')
  @Get('statements/:id')
  statement(@Param('id', ParseUUIDPipe) id: string): Promise<PatientStatement> {
    return this.statements.statement(id);
  }

  @RequirePermission('statements:read')
  @Get('statements/:id/pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'the statement as it was issued',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  async pdf(@Param('id', ParseUUIDPipe) id: string): Promise<StreamableFile> {
    const pdf = await this.statements.pdf(id);
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `attachment; filename="statement-${id}.pdf"`,
      length: pdf.length,
    });
  }

  /** Starts the run in the background (202); 409 while another run of the clinic is in progress. */
  @RequirePermission('statements:write')
  @Post('statement-runs')
  @HttpCode(202)
  startRun(@IdempotencyKey() idempotencyKey?: string): Promise<StatementRun> {
    return this.startStatementRun.execute({ ...this.commands.current(), idempotencyKey });
  }

  @RequirePermission('statements:read')
  @Get('statement-runs')
  runs(@Query() page: PageQuery): Promise<StatementRunPage> {
    return this.statements.runs(page);
  }

  /** The run's progress while it works (total, issued, skipped and failed with reasons), and its result after. */
  @RequirePermission('statements:read')
  @Get('statement-runs/:id')
  run(@Param('id', ParseUUIDPipe) id: string): Promise<StatementRun> {
    return this.statements.run(id);
  }

  @RequirePermission('statements:read')
  @Get('statement-runs/:id/statements')
  runStatements(@Param('id', ParseUUIDPipe) id: string, @Query() page: PageQuery): Promise<StatementPage> {
    return this.statements.runStatements(id, page);
  }
}
