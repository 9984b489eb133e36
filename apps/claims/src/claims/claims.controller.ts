import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { CommandContext } from '@praxis/platform';
import { Claim } from './claim.entity';
import { ClaimsQueries } from './claims.queries';
import { ClaimPage, ClaimQuery, FixClaimDto, VoidClaimDto } from './dto/claim.dto';
import { FixClaim } from './fix-claim/fix-claim.usecase';
import { ScrubClaim } from './scrub-claim/scrub-claim.usecase';
import { VoidClaim } from './void-claim/void-claim.usecase';

/** The clerk's claims: the worklist by status, one claim in full, and the fixes before it goes out. */
@ApiTags('claims')
@Controller('api/v1/claims')
export class ClaimsController {
  constructor(
    private readonly commands: CommandContext,
    private readonly claims: ClaimsQueries,
    private readonly fixClaim: FixClaim,
    private readonly scrubClaim: ScrubClaim,
    private readonly voidClaim: VoidClaim,
  ) {}

  @RequirePermission('claims:read')
  @Get()
  list(@Query() query: ClaimQuery): Promise<ClaimPage> {
    return this.claims.page(query);
  }

  @RequirePermission('claims:read')
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<Claim> {
    return this.claims.get(id);
  }

  @RequirePermission('claims:write')
  @Patch(':id')
  fix(@Param('id', ParseUUIDPipe) id: string, @Body() request: FixClaimDto): Promise<Claim> {
    return this.fixClaim.execute({ ...this.commands.current(), ...request, claimId: id });
  }

  @RequirePermission('claims:write')
  @Post(':id/scrub')
  @HttpCode(200)
  scrub(@Param('id', ParseUUIDPipe) id: string): Promise<Claim> {
    return this.scrubClaim.execute({ ...this.commands.current(), claimId: id });
  }

  @RequirePermission('claims:write')
  @Post(':id/void')
  @HttpCode(200)
  void(@Param('id', ParseUUIDPipe) id: string, @Body() request: VoidClaimDto): Promise<Claim> {
    return this.voidClaim.execute({ ...this.commands.current(), ...request, claimId: id });
  }
}
