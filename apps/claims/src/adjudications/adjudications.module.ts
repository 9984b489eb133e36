import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { CoordinationOfBenefitsModule } from '../coordination-of-benefits/coordination-of-benefits.module';
import { RecordAdjudication } from './record-adjudication/record-adjudication.usecase';

/** Payers' decisions, kept as they are posted and followed up. */
@Module({
  imports: [ClaimsModule, CoordinationOfBenefitsModule],
  providers: [RecordAdjudication],
  exports: [RecordAdjudication],
})
export class AdjudicationsModule {}
