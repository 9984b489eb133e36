import { Injectable } from '@nestjs/common';
import { Claim } from '../../claims/claim.entity';
import { FollowUpClaims } from '../follow-up-claim';
import { ReplaceClaimCommand } from './replace-claim.command';

/** "Correct and resubmit": a replacement claim (frequency 7) the clerk fixes like any draft before it goes out. */
@Injectable()
export class ReplaceClaim {
  constructor(private readonly followUps: FollowUpClaims) {}

  execute(command: ReplaceClaimCommand): Promise<Claim> {
    return this.followUps.file({ frequency: '7', decidedBecomes: 'corrected', action: 'corrected by clerk' }, command);
  }
}
