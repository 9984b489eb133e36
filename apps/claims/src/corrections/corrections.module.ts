import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { FollowUpClaims } from './follow-up-claim';
import { ReplaceClaim } from './replace-claim/replace-claim.usecase';
import { VoidDecidedClaim } from './void-decided-claim/void-decided-claim.usecase';

/** Replacement (7) and void (8) claims following up one a payer decided on. */
@Module({
  imports: [ClaimsModule],
  providers: [FollowUpClaims, ReplaceClaim, VoidDecidedClaim],
  exports: [ReplaceClaim, VoidDecidedClaim],
})
export class CorrectionsModule {}
