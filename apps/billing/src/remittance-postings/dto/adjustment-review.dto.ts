import { OmittableButNotNull, PageOf, PageQuery } from '@praxis/platform';
import { IsIn } from 'class-validator';
import type { AdjustmentReviewStatus } from '../adjustment-review-status';
import { adjustmentReviewStatuses } from '../adjustment-review-status';
import { AdjustmentReview } from '../adjustment-review.entity';

export class AdjustmentReviewQuery extends PageQuery {
  /** open is the clerk's worklist of adjustments still to decide. */
  @OmittableButNotNull() @IsIn(adjustmentReviewStatuses) status?: AdjustmentReviewStatus;
}

export class AdjustmentReviewPage extends PageOf(AdjustmentReview) {}
