import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { CommandContext, RequiredIdempotencyKey } from '@praxis/platform';
import { Claim } from '../claims/claim.entity';
import { ReplaceClaim } from '../corrections/replace-claim/replace-claim.usecase';
import { VoidDecidedClaim } from '../corrections/void-decided-claim/void-decided-claim.usecase';
import { AddAppealNote } from './add-appeal-note/add-appeal-note.usecase';
import { DenialWorklistQuery } from './denial-worklist.query';
import { AppealNoteDto, DenialWorklist, FollowUpClaimDto } from './dto/denial.dto';

/**
 * The denials worklist and what a clerk does with a denied claim: replace it, void it or note an appeal. Writing off
 * or billing the patient for what the payer left are billing's adjustment reviews.
 */
@ApiTags('claims')
@Controller('api/v1/denials')
export class DenialsController {
  constructor(
    private readonly commands: CommandContext,
    private readonly denials: DenialWorklistQuery,
    private readonly replaceClaim: ReplaceClaim,
    private readonly voidDecidedClaim: VoidDecidedClaim,
    private readonly addAppealNote: AddAppealNote,
  ) {}

  @RequirePermission('claims:read')
  @Get()
  worklist(): Promise<DenialWorklist> {
    return this.denials.worklist();
  }

  /** Correct and resubmit: a replacement claim (frequency 7) answering the payer's claim number. */
  @RequirePermission('claims:write')
  @Post(':claimId/replacement')
  replace(
    @Param('claimId', ParseUUIDPipe) claimId: string,
    @Body() request: FollowUpClaimDto,
    @RequiredIdempotencyKey() idempotencyKey: string,
  ): Promise<Claim> {
    return this.replaceClaim.execute({ ...this.commands.current(), ...request, claimId, idempotencyKey });
  }

  /** A void claim (frequency 8) withdrawing the decided claim at the payer. */
  @RequirePermission('claims:write')
  @Post(':claimId/void')
  void(
    @Param('claimId', ParseUUIDPipe) claimId: string,
    @Body() request: FollowUpClaimDto,
    @RequiredIdempotencyKey() idempotencyKey: string,
  ): Promise<Claim> {
    return this.voidDecidedClaim.execute({ ...this.commands.current(), ...request, claimId, idempotencyKey });
  }

  @RequirePermission('claims:write')
  @Post(':claimId/appeal-notes')
  appealNote(@Param('claimId', ParseUUIDPipe) claimId: string, @Body() request: AppealNoteDto): Promise<Claim> {
    return this.addAppealNote.execute({ ...this.commands.current(), ...request, claimId });
  }
}
