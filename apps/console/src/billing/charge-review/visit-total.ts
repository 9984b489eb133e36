import type { BillingVisit } from '../billing-data';
import { moneyInWords } from '../money';

/** What a visit's standing lines come to, once every one of them is priced. */
export const totalOf = ({ charges = [], currency }: BillingVisit): string => {
  const standing = charges.filter((charge) => charge.voidedAt === null);
  if (!currency || standing.some((charge) => charge.amountMinor === null)) return 'Not yet priced';
  return moneyInWords(
    standing.reduce((sum, charge) => sum + (charge.amountMinor ?? 0), 0),
    currency,
  );
};
