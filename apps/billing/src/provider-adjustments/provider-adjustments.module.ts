import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { PostProviderAdjustments } from './post-provider-adjustments/post-provider-adjustments.usecase';
import { RemittanceEventsConsumer } from './remittance-events.consumer';

/** Payers' clinic-level adjustments (835 PLB) posted to the clinic's own account. */
@Module({
  imports: [LedgerModule],
  controllers: [RemittanceEventsConsumer],
  providers: [PostProviderAdjustments],
})
export class ProviderAdjustmentsModule {}
