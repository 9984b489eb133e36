import { CurrencyCode, formatMajorUnits, isCalendarDate, Money, negateMoney, parseMajorUnits } from '@praxis/domain';

/** `YYYY-MM-DD` as X12's CCYYMMDD (D8); the date must exist. */
export const toX12Date = (isoDate: string): string => {
  if (!isCalendarDate(isoDate)) throw new RangeError(`${isoDate} is not a calendar date`);
  return isoDate.replaceAll('-', '');
};

/** CCYYMMDD as `YYYY-MM-DD`, or undefined when it is not a real calendar date. */
export const fromX12Date = (x12Date: string): string | undefined => {
  const iso = `${x12Date.slice(0, 4)}-${x12Date.slice(4, 6)}-${x12Date.slice(6, 8)}`;
  return /^\d{8}$/.test(x12Date) && isCalendarDate(iso) ? iso : undefined;
};

/** An X12 decimal amount: no "+", no thousands separator, and no trailing zeros after the point. */
export const toX12Amount = (amount: Money): string => formatMajorUnits(amount).replace(/\.?0+$/, '');

/** A signed X12 decimal ("-1.27", "810.8", ".5") as minor units, or undefined when it is not an amount. */
export const fromX12Amount = (text: string, currency: CurrencyCode = 'USD'): Money | undefined => {
  const negative = text.startsWith('-');
  const magnitude = negative ? text.slice(1) : text;
  const parsed = parseMajorUnits(magnitude.startsWith('.') ? `0${magnitude}` : magnitude, currency);
  return parsed && negative && parsed.amountMinor !== 0 ? negateMoney(parsed) : parsed;
};
