/** A price as imported, before it belongs to a schedule. */
export interface PriceLine {
  procedureCode: string;
  modifiers: string[];
  amountMinor: number;
  contractedAmounts: { payerId: string; allowedMinor: number }[];
}

/** Modifiers are a set for pricing: 25 59 and 59 25 name the same price. */
export const modifierKeyOf = (modifiers: readonly string[]): string => [...modifiers].sort().join(' ');
