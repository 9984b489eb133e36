import { TenantCommand } from '@praxis/platform';
import { SubmitCompletionDto } from '../dto/completion.dto';

export type SubmitCompletionCommand = TenantCommand & SubmitCompletionDto;
