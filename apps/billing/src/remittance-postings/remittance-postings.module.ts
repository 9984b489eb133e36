import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { PaymentsModule } from '../payments/payments.module';
import { AdjustmentReviewsController } from './adjustment-reviews.controller';
import { AdjustmentReviewsQueries } from './adjustment-reviews.queries';
import { ClaimEventsConsumer } from './claim-events.consumer';
import { PostAdjudication } from './post-adjudication/post-adjudication.usecase';
import { ResolveAdjustmentReview } from './resolve-adjustment-review/resolve-adjustment-review.usecase';
import { ReverseAdjudication } from './reverse-adjudication/reverse-adjudication.usecase';

/** Payers' decisions posted to the ledger, their reversals, and the adjustments a clerk decides. */
@Module({
  imports: [LedgerModule, PaymentsModule],
  controllers: [AdjustmentReviewsController, ClaimEventsConsumer],
  providers: [AdjustmentReviewsQueries, PostAdjudication, ReverseAdjudication, ResolveAdjustmentReview],
})
export class RemittancePostingsModule {}
