import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { BillNextPayer } from './bill-next-payer/bill-next-payer.usecase';

/** The next payer by coverage rank billed after a payer decided, with that decision in its claim. */
@Module({
  imports: [ClaimsModule],
  providers: [BillNextPayer],
  exports: [BillNextPayer],
})
export class CoordinationOfBenefitsModule {}
