import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@praxis/tenancy';
import { BillingProfile } from '../billing-profile.entity';
import { SetBillingProfileCommand } from './set-billing-profile.command';

/** The clerk writes the clinic's billing profile whole; claims use it from their next scrub on. */
@Injectable()
export class SetBillingProfile {
  constructor(private readonly transactions: TenantTransactions) {}

  execute(command: SetBillingProfileCommand): Promise<BillingProfile> {
    const { tenantId, organizationName, npi, tin, taxonomyCode, address, submitterId, receiverId } = command;
    return this.transactions.run(async (manager) => {
      await manager.upsert(
        BillingProfile,
        {
          tenantId,
          organizationName,
          npi,
          tin: tin ?? null,
          taxonomyCode: taxonomyCode ?? null,
          address: address ?? null,
          placeOfService: command.placeOfService ?? '11',
          locationPlacesOfService: command.locationPlacesOfService ?? [],
          submitterId: submitterId ?? null,
          receiverId: receiverId ?? null,
        },
        ['tenantId'],
      );
      return manager.findOneByOrFail(BillingProfile, { tenantId });
    });
  }
}
