import type { StaffRole } from '@praxis/contracts';
import type { TrainingStatus } from './training-status';

/** Where one person stands on one requirement today, on the clinic's calendar. */
export class StandingRow {
  /** The assignment's id. */
  id: string;
  userId: string;
  displayName: string;
  roles: StaffRole[];
  locationId: string | null;
  requirementId: string;
  requirementName: string;
  blocksScheduling: boolean;
  status: TrainingStatus;
  /** The date the next reminder counts down to: the first deadline, or the expiry; null when nothing is pending. */
  deadline: string | null;
  /** The current verified completion, if any. */
  completedOn: string | null;
  expiresOn: string | null;
  /** A submission waits for a manager's review. */
  pendingVerification: boolean;
  /** When the assignment was made: rows are paged in this order. */
  createdAt: Date;
}
