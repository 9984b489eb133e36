/** ISO 4217 codes Praxis bills in; a code is added here when a clinic bills in it. */
export const currencies = ['USD'] as const;
export type CurrencyCode = (typeof currencies)[number];

/** An amount in the currency's minor unit (cents): integers add exactly, floating-point dollars do not. */
export interface Money {
  amountMinor: number;
  currency: CurrencyCode;
}

export class InvalidMoneyError extends Error {}

export class CurrencyMismatchError extends Error {
  constructor(left: CurrencyCode, right: CurrencyCode) {
    super(`cannot combine ${left} with ${right}`);
  }
}

export const money = (amountMinor: number, currency: CurrencyCode): Money => {
  if (!Number.isSafeInteger(amountMinor))
    throw new InvalidMoneyError(`amountMinor must be a whole number of minor units, got ${amountMinor}`);
  return { amountMinor, currency };
};

export const addMoney = (left: Money, right: Money): Money => {
  if (left.currency !== right.currency) throw new CurrencyMismatchError(left.currency, right.currency);
  return money(left.amountMinor + right.amountMinor, left.currency);
};

export const negateMoney = (amount: Money): Money => money(-amount.amountMinor, amount.currency);

/** The total of amounts in one currency; an empty list totals zero in the currency named. */
export const sumMoney = (amounts: readonly Money[], currency: CurrencyCode): Money =>
  amounts.reduce(addMoney, money(0, currency));
