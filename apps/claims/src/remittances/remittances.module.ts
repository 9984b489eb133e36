import { Module } from '@nestjs/common';
import { AdjudicationsModule } from '../adjudications/adjudications.module';
import { ClaimsModule } from '../claims/claims.module';
import { ClaimPaymentPosting } from './claim-payment-posting';
import { MatchClaimPayment } from './match-claim-payment/match-claim-payment.usecase';
import { PostRemittance } from './post-remittance/post-remittance.usecase';
import { PreviewRemittance } from './preview-remittance/preview-remittance.usecase';
import { RemittancesController } from './remittances.controller';
import { RemittancesQueries } from './remittances.queries';

/** 835 remittances, uploaded or collected from the clearinghouse, posted to the claims they pay exactly once. */
@Module({
  imports: [ClaimsModule, AdjudicationsModule],
  controllers: [RemittancesController],
  providers: [ClaimPaymentPosting, PostRemittance, PreviewRemittance, MatchClaimPayment, RemittancesQueries],
  exports: [PostRemittance],
})
export class RemittancesModule {}
