import { Module } from '@nestjs/common';
import { BillingProfiles } from './billing-profiles';
import { BillingProfilesController } from './billing-profiles.controller';
import { SetBillingProfile } from './set-billing-profile/set-billing-profile.usecase';

/** The clinic as billing provider: seeded from identity's tenant.created, completed by the clerk. */
@Module({ controllers: [BillingProfilesController], providers: [BillingProfiles, SetBillingProfile] })
export class BillingProfilesModule {}
