import { ConflictError, NotFoundError } from '@praxis/platform';
import { EntityManager } from 'typeorm';
import { FeeSchedule } from './fee-schedule.entity';

export class FeeScheduleDateTakenError extends ConflictError {
  constructor(effectiveFrom: string) {
    super(`a fee schedule already takes effect on ${effectiveFrom}; import the new prices from another date`);
  }
}

export const refuseTakenEffectiveDate = async (manager: EntityManager, effectiveFrom: string): Promise<void> => {
  if (await manager.existsBy(FeeSchedule, { effectiveFrom })) throw new FeeScheduleDateTakenError(effectiveFrom);
};

/** The schedule with every price and contracted amount, in code order. */
export const findFeeSchedule = async (manager: EntityManager, id: string): Promise<FeeSchedule> => {
  const schedule = await manager.findOne(FeeSchedule, {
    where: { id },
    relations: { prices: { contractedAmounts: true } },
    order: { prices: { procedureCode: 'ASC', modifierKey: 'ASC', contractedAmounts: { payerId: 'ASC' } } },
  });
  if (!schedule) throw new NotFoundError('fee schedule', id);
  return schedule;
};
