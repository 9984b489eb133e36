import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@praxis/tenancy';
import { refuseTakenPayerId } from '../payer-rules';
import { Payer } from '../payer.entity';
import { CreatePayerCommand } from './create-payer.command';

/** The clerk adds a payer the clinic bills; a second payer with the same electronic id is 409. */
@Injectable()
export class CreatePayer {
  constructor(private readonly transactions: TenantTransactions) {}

  execute({ tenantId, name, electronicPayerId, claimFilingIndicator, timelyFilingDays, address }: CreatePayerCommand) {
    return this.transactions.run(async (manager) => {
      await refuseTakenPayerId(manager, electronicPayerId);
      const payer = manager.create(Payer, {
        tenantId,
        name,
        electronicPayerId,
        claimFilingIndicator,
        timelyFilingDays,
        address,
      });
      const { id } = await manager.save(payer);
      return manager.findOneByOrFail(Payer, { id });
    });
  }
}
