import { TenantCommand } from '@praxis/platform';
import { CreateRequirementDto } from '../dto/requirement.dto';

export type CreateRequirementCommand = TenantCommand & CreateRequirementDto;
