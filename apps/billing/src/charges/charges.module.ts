import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { PaymentsModule } from '../payments/payments.module';
import { AppointmentEventsConsumer } from './appointment-events.consumer';
import { CaptureCharges } from './capture-charges/capture-charges.usecase';
import { ChargesController } from './charges.controller';
import { ChargesQueries } from './charges.queries';
import { CorrectCharge } from './correct-charge/correct-charge.usecase';
import { HoldVisit } from './hold-visit/hold-visit.usecase';
import { ChargePosting } from './post-charge';
import { PriceCharge } from './price-charge/price-charge.usecase';
import { ReleaseVisit } from './release-visit/release-visit.usecase';
import { ResumeVisit } from './resume-visit/resume-visit.usecase';

/** Completed visits turned into priced charges, reviewed by clerks and released to be posted. */
@Module({
  imports: [LedgerModule, PaymentsModule],
  controllers: [ChargesController, AppointmentEventsConsumer],
  providers: [
    ChargesQueries,
    CaptureCharges,
    ChargePosting,
    ReleaseVisit,
    HoldVisit,
    ResumeVisit,
    CorrectCharge,
    PriceCharge,
  ],
})
export class ChargesModule {}
