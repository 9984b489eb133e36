import { OmittableButNotNull, PageOf } from '@praxis/platform';
import { IsBoolean } from 'class-validator';
import { PatientStatement } from '../patient-statement.entity';
import { StatementRun } from '../statement-run.entity';

export class IssueStatementDto {
  /** Send a statement even though the patient had one within the last 30 days. */
  @OmittableButNotNull() @IsBoolean() force?: boolean;
}

export class StatementPage extends PageOf(PatientStatement) {}

export class StatementRunPage extends PageOf(StatementRun) {}
