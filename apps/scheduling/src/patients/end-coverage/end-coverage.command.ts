import { TenantCommand } from '@praxis/platform';

export interface EndCoverageCommand extends TenantCommand {
  patientId: string;
  coverageId: string;
  /** The last day the coverage is in force (inclusive). */
  effectiveTo: string;
}
