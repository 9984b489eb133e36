import { CurrencyCode, money, Money } from '@praxis/domain';
import { UnprocessableError } from '@praxis/platform';
import { EntityManager } from 'typeorm';
import { ContractedAmount } from './contracted-amount.entity';
import { FeePrice } from './fee-price.entity';
import { FeeSchedule } from './fee-schedule.entity';
import { modifierKeyOf } from './price-lines';

export interface PricedProcedure {
  dateOfService: string;
  procedureCode: string;
  modifiers: readonly string[];
  /** The payer whose contracted amount is wanted, if the visit is billed to one. */
  payerId?: string;
}

export interface Quote {
  feeScheduleId: string;
  charge: Money;
  /** The payer's contracted amount, when one was asked for and the schedule has it. */
  allowed: Money | null;
}

export const scheduleInForce = (manager: EntityManager, dateOfService: string): Promise<FeeSchedule | null> =>
  manager
    .createQueryBuilder(FeeSchedule, 'schedule')
    .where('schedule.effective_from <= :dateOfService', { dateOfService })
    .orderBy('schedule.effective_from', 'DESC')
    .getOne();

/**
 * The price in force on the date of service. A modifier that changes the fee (26, TC...) has its own row; any
 * other modifier leaves the code's own price, so a visit with 25 is priced as the bare code when 25 has no row.
 */
export const priceOn = async (manager: EntityManager, procedure: PricedProcedure): Promise<Quote | undefined> => {
  const schedule = await scheduleInForce(manager, procedure.dateOfService);
  if (!schedule) return undefined;
  const modifierKey = modifierKeyOf(procedure.modifiers);
  const price = await manager
    .createQueryBuilder(FeePrice, 'price')
    .where('price.fee_schedule_id = :scheduleId', { scheduleId: schedule.id })
    .andWhere('price.procedure_code = :code', { code: procedure.procedureCode })
    .andWhere(`price.modifier_key IN (:modifierKey, '')`, { modifierKey })
    .orderBy(`price.modifier_key = :modifierKey`, 'DESC')
    .getOne();
  if (!price) return undefined;
  const contracted = procedure.payerId
    ? await manager.findOneBy(ContractedAmount, { feePriceId: price.id, payerId: procedure.payerId })
    : null;
  return {
    feeScheduleId: schedule.id,
    charge: money(price.amountMinor, schedule.currency),
    allowed: contracted ? money(contracted.allowedMinor, schedule.currency) : null,
  };
};

export class NoPriceOnDateError extends UnprocessableError {
  constructor(procedureCode: string) {
    super(`the fee schedule in force on the date of service has no price for ${procedureCode}`, [
      { field: 'procedureCode', message: `${procedureCode} has no price on the date of service` },
    ]);
  }
}

/** The price in force on the date of service, or a 422 naming the code when the schedule has none. */
export const requirePriceOn = async (manager: EntityManager, procedure: PricedProcedure): Promise<Quote> => {
  const quote = await priceOn(manager, procedure);
  if (!quote) throw new NoPriceOnDateError(procedure.procedureCode);
  return quote;
};

/** The clinic prices in the currency of its latest fee schedule; undefined before it has imported one. */
export const clinicCurrency = async (manager: EntityManager): Promise<CurrencyCode | undefined> =>
  (await manager.find(FeeSchedule, { order: { effectiveFrom: 'DESC' }, take: 1 }))[0]?.currency;
