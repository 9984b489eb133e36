import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { Payer } from './payer.entity';

@Injectable()
export class PayersQueries {
  constructor(private readonly transactions: TenantTransactions) {}

  /** A clinic bills a handful of payers: the whole list, by name. */
  list(): Promise<Payer[]> {
    return this.transactions.run((manager) => manager.find(Payer, { order: { name: 'ASC', id: 'ASC' } }));
  }

  get(id: string): Promise<Payer> {
    return this.transactions.run(async (manager) => {
      const payer = await manager.findOneBy(Payer, { id });
      if (!payer) throw new NotFoundError('payer', id);
      return payer;
    });
  }
}
