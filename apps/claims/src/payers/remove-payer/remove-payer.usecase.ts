import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { Payer } from '../payer.entity';
import { RemovePayerCommand } from './remove-payer.command';

/** Claims name payers by electronic id, so removing one leaves them intact; their next scrub asks for the payer. */
@Injectable()
export class RemovePayer {
  constructor(private readonly transactions: TenantTransactions) {}

  execute({ payerId }: RemovePayerCommand): Promise<void> {
    return this.transactions.run(async (manager) => {
      const { affected } = await manager.delete(Payer, { id: payerId });
      if (!affected) throw new NotFoundError('payer', payerId);
    });
  }
}
