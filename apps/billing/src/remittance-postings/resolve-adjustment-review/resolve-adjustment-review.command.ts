import { TenantCommand } from '@praxis/platform';
import { AdjustmentResolution } from '../adjustment-review-status';

export interface ResolveAdjustmentReviewCommand extends TenantCommand {
  reviewId: string;
  resolution: AdjustmentResolution;
  idempotencyKey?: string;
}
