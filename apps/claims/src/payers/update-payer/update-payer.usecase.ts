import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { refuseTakenPayerId } from '../payer-rules';
import { Payer } from '../payer.entity';
import { UpdatePayerCommand } from './update-payer.command';

/** The clerk replaces a payer's details; claims find it by the new electronic id from their next scrub on. */
@Injectable()
export class UpdatePayer {
  constructor(private readonly transactions: TenantTransactions) {}

  execute({ payerId, name, electronicPayerId, claimFilingIndicator, timelyFilingDays, address }: UpdatePayerCommand) {
    return this.transactions.run(async (manager) => {
      await refuseTakenPayerId(manager, electronicPayerId, payerId);
      const changes = { name, electronicPayerId, claimFilingIndicator, timelyFilingDays, address };
      const { affected } = await manager.update(Payer, { id: payerId }, changes);
      if (!affected) throw new NotFoundError('payer', payerId);
      return manager.findOneByOrFail(Payer, { id: payerId });
    });
  }
}
