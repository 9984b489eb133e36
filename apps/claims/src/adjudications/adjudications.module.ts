import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { CoordinationOfBenefitsModule } from '../coordination-of-benefits/coordination-of-benefits.module';
import { AdjudicationEventsConsumer } from './adjudication-events.consumer';
import { RecordAdjudication } from './record-adjudication/record-adjudication.usecase';

/** Payers' decisions as claim.adjudicated announces them, kept and followed up. */
@Module({
  imports: [ClaimsModule, CoordinationOfBenefitsModule],
  controllers: [AdjudicationEventsConsumer],
  providers: [RecordAdjudication],
})
export class AdjudicationsModule {}
