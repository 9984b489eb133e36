import { TenantCommand } from '@praxis/platform';
import { UpdateRequirementDto } from '../dto/requirement.dto';

/** Only the fields sent change; everyone's assignments are recomputed from the result. */
export interface UpdateRequirementCommand extends TenantCommand {
  requirementId: string;
  changes: UpdateRequirementDto;
}
