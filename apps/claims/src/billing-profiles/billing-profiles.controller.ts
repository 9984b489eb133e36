import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { CommandContext } from '@praxis/platform';
import { BillingProfile } from './billing-profile.entity';
import { BillingProfiles } from './billing-profiles';
import { BillingProfileDto } from './dto/billing-profile.dto';
import { SetBillingProfile } from './set-billing-profile/set-billing-profile.usecase';

/** The clinic as the billing provider on its claims. */
@ApiTags('claims')
@Controller('api/v1/billing-profile')
export class BillingProfilesController {
  constructor(
    private readonly commands: CommandContext,
    private readonly profiles: BillingProfiles,
    private readonly setBillingProfile: SetBillingProfile,
  ) {}

  @RequirePermission('claims:read')
  @Get()
  get(): Promise<BillingProfile> {
    return this.profiles.current();
  }

  @RequirePermission('claims:write')
  @Put()
  set(@Body() request: BillingProfileDto): Promise<BillingProfile> {
    return this.setBillingProfile.execute({ ...this.commands.current(), ...request });
  }
}
