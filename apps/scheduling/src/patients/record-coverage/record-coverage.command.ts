import { TenantCommand } from '@praxis/platform';
import { RecordCoverageDto } from './record-coverage.dto';

export interface RecordCoverageCommand extends TenantCommand {
  patientId: string;
  coverage: RecordCoverageDto;
  /** A retry with the same key answers the first recording and records nothing twice. */
  idempotencyKey?: string;
}
