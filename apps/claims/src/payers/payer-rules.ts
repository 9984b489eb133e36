import { ConflictError } from '@praxis/platform';
import { EntityManager, Not } from 'typeorm';
import { Payer } from './payer.entity';

export class PayerIdTakenError extends ConflictError {
  constructor() {
    super('the clinic already has a payer with that electronic payer id');
  }
}

/** Coverage finds its payer by electronic id, so two payers of a clinic may not share one. */
export const refuseTakenPayerId = async (manager: EntityManager, electronicPayerId: string, payerId?: string) => {
  const where = payerId ? { electronicPayerId, id: Not(payerId) } : { electronicPayerId };
  if (await manager.existsBy(Payer, where)) throw new PayerIdTakenError();
};
