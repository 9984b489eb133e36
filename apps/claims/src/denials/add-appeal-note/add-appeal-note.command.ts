import { TenantCommand } from '@praxis/platform';
import { AppealNoteDto } from '../dto/denial.dto';

export type AddAppealNoteCommand = TenantCommand & AppealNoteDto & { claimId: string };
