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

/** Digits after the decimal point of each currency's major unit, as ISO 4217 lists them. */
const minorUnitDigits: Record<CurrencyCode, number> = { USD: 2 };

/** Each currency's amount pattern, built once: an 835 reads thousands of amounts. */
const majorUnitsPatterns = Object.fromEntries(
  Object.entries(minorUnitDigits).map(([currency, digits]) => [
    currency,
    new RegExp(`^(\\d{1,12})(?:\\.(\\d{1,${digits}}))?$`),
  ]),
) as Record<CurrencyCode, RegExp>;

/**
 * An amount a person typed in major units ("125", "125.50") as minor units, read digit by digit so no
 * floating-point rounding can creep in; undefined when it is not a non-negative amount the currency can hold.
 */
export const parseMajorUnits = (text: string, currency: CurrencyCode): Money | undefined => {
  const digits = minorUnitDigits[currency];
  const parts = majorUnitsPatterns[currency].exec(text);
  if (!parts) return undefined;
  const [, whole, fraction = ''] = parts;
  return money(Number(whole + fraction.padEnd(digits, '0')), currency);
};

/** Minor units written in major units with every minor digit ("125.50"), as parseMajorUnits reads them back. */
export const formatMajorUnits = ({ amountMinor, currency }: Money): string => {
  const digits = minorUnitDigits[currency];
  const sign = amountMinor < 0 ? '-' : '';
  const padded = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
};
