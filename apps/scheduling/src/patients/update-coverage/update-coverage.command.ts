import { TenantCommand } from '@praxis/platform';
import { UpdateCoverageDto } from './update-coverage.dto';

export interface UpdateCoverageCommand extends TenantCommand {
  patientId: string;
  coverageId: string;
  changes: UpdateCoverageDto;
}
