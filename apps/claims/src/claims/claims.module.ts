import { Module } from '@nestjs/common';
import { BillCharge } from './bill-charge/bill-charge.usecase';
import { ChargeEventsConsumer } from './charge-events.consumer';
import { ClaimLifecycle } from './claim-lifecycle';
import { ClaimsController } from './claims.controller';
import { ClaimsQueries } from './claims.queries';
import { FixClaim } from './fix-claim/fix-claim.usecase';
import { ClaimScrubbing } from './scrub/claim-scrubbing';
import { ScrubClaim } from './scrub-claim/scrub-claim.usecase';
import { VoidClaim } from './void-claim/void-claim.usecase';
import { WithdrawCharge } from './withdraw-charge/withdraw-charge.usecase';

/** Claims built from billing's charges, scrubbed, worked by clerks and moved through one lifecycle. */
@Module({
  controllers: [ClaimsController, ChargeEventsConsumer],
  providers: [
    ClaimsQueries,
    ClaimLifecycle,
    ClaimScrubbing,
    BillCharge,
    WithdrawCharge,
    FixClaim,
    ScrubClaim,
    VoidClaim,
  ],
  exports: [ClaimLifecycle, ClaimScrubbing, ClaimsQueries],
})
export class ClaimsModule {}
