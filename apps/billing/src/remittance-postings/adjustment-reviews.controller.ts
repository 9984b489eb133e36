import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { CommandContext, IdempotencyKey } from '@praxis/platform';
import { AdjustmentResolution } from './adjustment-review-status';
import { AdjustmentReview } from './adjustment-review.entity';
import { AdjustmentReviewsQueries } from './adjustment-reviews.queries';
import { AdjustmentReviewPage, AdjustmentReviewQuery } from './dto/adjustment-review.dto';
import { ResolveAdjustmentReview } from './resolve-adjustment-review/resolve-adjustment-review.usecase';

/** Payers' adjustments billing has no rule for, as a clerk works them. */
@ApiTags('billing')
@Controller('api/v1/billing/adjustment-reviews')
export class AdjustmentReviewsController {
  constructor(
    private readonly commands: CommandContext,
    private readonly reviews: AdjustmentReviewsQueries,
    private readonly resolveReview: ResolveAdjustmentReview,
  ) {}

  @RequirePermission('charges:read')
  @Get()
  list(@Query() query: AdjustmentReviewQuery): Promise<AdjustmentReviewPage> {
    return this.reviews.page(query);
  }

  /** The clinic absorbs the adjustment: it leaves the insurer's receivable as a write-off. */
  @RequirePermission('charges:write')
  @Post(':id/write-off')
  @HttpCode(200)
  writeOff(@Param('id', ParseUUIDPipe) id: string, @IdempotencyKey() key?: string): Promise<AdjustmentReview> {
    return this.resolve(id, 'written_off', key);
  }

  /** The patient owes the adjustment: it moves from the insurer's receivable to the patient's. */
  @RequirePermission('charges:write')
  @Post(':id/transfer-to-patient')
  @HttpCode(200)
  transferToPatient(@Param('id', ParseUUIDPipe) id: string, @IdempotencyKey() key?: string): Promise<AdjustmentReview> {
    return this.resolve(id, 'transferred_to_patient', key);
  }

  private resolve(reviewId: string, resolution: AdjustmentResolution, idempotencyKey?: string) {
    return this.resolveReview.execute({ ...this.commands.current(), reviewId, resolution, idempotencyKey });
  }
}
