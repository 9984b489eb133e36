import { TenantCommand } from '@praxis/platform';
import { CorrectCompletionDto } from '../dto/completion.dto';

export interface CorrectCompletionCommand extends TenantCommand {
  completionId: string;
  corrections: CorrectCompletionDto;
}
