import { OmittableButNotNull, PageOf, PageQuery, StrictInteger } from '@praxis/platform';
import { IsIn } from 'class-validator';
import { StandingRow } from '../../standing/standing-row.dto';
import type { TrainingStatus } from '../../standing/training-status';

export class ComplianceShare {
  /** A location id, a role, or "clinic". */
  group: string;
  staff: number;
  /** Staff whose every requirement is compliant or expiring soon. */
  compliant: number;
  /** compliant / staff in whole percent, rounded down; 100 when nobody is assigned anything. */
  percentCompliant: number;
}

export class ComplianceSummary {
  today: string;
  clinic: ComplianceShare;
  byLocation: ComplianceShare[];
  byRole: ComplianceShare[];
}

export class StandingPage extends PageOf(StandingRow) {}

export class ExpiringQuery extends PageQuery {
  @OmittableButNotNull() @StrictInteger() @IsIn([30, 60, 90]) withinDays: 30 | 60 | 90 = 30;
}

export class MatrixCell {
  requirementId: string;
  status: TrainingStatus;
}

export class MatrixRow {
  userId: string;
  displayName: string;
  /** Only the requirements this person must meet. */
  cells: MatrixCell[];
}

export class MatrixRequirement {
  requirementId: string;
  name: string;
}

export class ComplianceMatrix {
  today: string;
  requirements: MatrixRequirement[];
  staff: MatrixRow[];
}
