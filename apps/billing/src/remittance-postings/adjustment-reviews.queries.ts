import { Injectable } from '@nestjs/common';
import { pageOf } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { AdjustmentReview } from './adjustment-review.entity';
import { AdjustmentReviewPage, AdjustmentReviewQuery } from './dto/adjustment-review.dto';

@Injectable()
export class AdjustmentReviewsQueries {
  constructor(private readonly transactions: TenantTransactions) {}

  page({ status, ...page }: AdjustmentReviewQuery): Promise<AdjustmentReviewPage> {
    return this.transactions.run((manager) => {
      const query = manager.createQueryBuilder(AdjustmentReview, 'review');
      if (status) query.where('review.status = :status', { status });
      return pageOf(query, page);
    });
  }
}
