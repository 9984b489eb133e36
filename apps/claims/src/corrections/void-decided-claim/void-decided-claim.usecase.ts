import { Injectable } from '@nestjs/common';
import { Claim } from '../../claims/claim.entity';
import { FollowUpClaims } from '../follow-up-claim';
import { VoidDecidedClaimCommand } from './void-decided-claim.command';

/** The clerk withdraws a claim the payer decided on: a void claim (frequency 8) tells the payer. */
@Injectable()
export class VoidDecidedClaim {
  constructor(private readonly followUps: FollowUpClaims) {}

  execute(command: VoidDecidedClaimCommand): Promise<Claim> {
    return this.followUps.file(
      { frequency: '8', decidedBecomes: 'voided', action: 'voided at the payer by clerk' },
      command,
    );
  }
}
