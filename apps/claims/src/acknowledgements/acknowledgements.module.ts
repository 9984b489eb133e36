import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { AcknowledgementsController } from './acknowledgements.controller';
import { ApplyAcknowledgement } from './apply-acknowledgement/apply-acknowledgement.usecase';

/** 999s and 277CAs, uploaded by hand or collected from the clearinghouse, applied to the claims they name. */
@Module({
  imports: [ClaimsModule],
  controllers: [AcknowledgementsController],
  providers: [ApplyAcknowledgement],
  exports: [ApplyAcknowledgement],
})
export class AcknowledgementsModule {}
