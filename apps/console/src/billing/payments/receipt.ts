import { idempotencyKey } from '../../api/idempotency-key';
import { textOf } from '../../forms/form-data';
import { minorUnitsOf, moneyInWords } from '../money';
import type { Payment, PaymentMethod, Receipt } from './payments-data';

export const METHOD_WORDS: Record<PaymentMethod, string> = { cash: 'Cash', check: 'Check', card: 'Card' };

/** `04/29` or `4/2029` as the month and four-digit year a processor wants; undefined when it is neither. */
const expiryOf = (typed: string): { expiryMonth: number; expiryYear: number } | undefined => {
  const parts = /^(\d{1,2})\s*\/\s*(\d{2}|\d{4})$/.exec(typed);
  if (!parts) return undefined;
  const year = Number(parts[2]);
  return { expiryMonth: Number(parts[1]), expiryYear: year < 100 ? 2000 + year : year };
};

export type ReceiptReading = { receipt: Receipt } | { unreadable: Record<string, string> };

/** What the receipt fields hold, as the API takes it; fields the console cannot read are named before anything is sent. */
export const receiptFrom = (form: FormData, currency: Receipt['currency']): ReceiptReading => {
  const method = textOf(form, 'method') as PaymentMethod;
  const amountMinor = minorUnitsOf(textOf(form, 'amount'), currency);
  if (amountMinor === undefined) return { unreadable: { amount: 'Enter the amount received, such as 25.00.' } };
  if (method === 'check')
    return { receipt: { amountMinor, currency, method, checkNumber: textOf(form, 'checkNumber') } };
  if (method !== 'card') return { receipt: { amountMinor, currency, method } };
  const expiry = expiryOf(textOf(form, 'card.expiry'));
  if (!expiry) return { unreadable: { 'card.expiry': 'Enter the expiry printed on the card, as MM/YY.' } };
  const card = { number: textOf(form, 'card.number').replace(/[\s-]/g, ''), cvc: textOf(form, 'card.cvc'), ...expiry };
  return { receipt: { amountMinor, currency, method, card } };
};

/** The API's field names, as the receipt fields are named: amounts are typed in major units, the expiry as one field. */
export const receiptFieldOf = (field: string): string =>
  field === 'amountMinor' ? 'amount' : field.startsWith('card.expiry') ? 'card.expiry' : field;

/**
 * The key of a money-moving form: the same contents resent get the same key, so the money moves once. The card's number
 * and security code stay out of it, as they stay out of everything billing keeps; its last four digits tell cards apart.
 */
export const receiptKey = (formKey: string, body: { card?: Receipt['card'] }): Promise<string> => {
  const { card, ...rest } = body;
  return idempotencyKey(formKey, card ? { ...rest, card: card.number.slice(-4) } : rest);
};

/** How the money came: `check 1234`, `visa ending 4242`, `cash`. */
export const howPaid = ({ method, checkNumber, cardBrand, cardLast4 }: Payment): string => {
  if (method === 'check') return `check ${checkNumber ?? ''}`.trim();
  if (method === 'card') return `${cardBrand ?? 'card'} ending ${cardLast4 ?? '····'}`;
  return 'cash';
};

/** What became of a payment, as the clerk is told once it is posted or applied. */
export const paymentInWords = (verb: string, payment: Payment): string => {
  const { amountMinor, appliedMinor, unappliedMinor, currency } = payment;
  const parts = [`${moneyInWords(appliedMinor, currency)} applied`];
  if (unappliedMinor > 0) parts.push(`${moneyInWords(unappliedMinor, currency)} kept as credit`);
  return `${verb} ${moneyInWords(amountMinor, currency)} by ${howPaid(payment)}: ${parts.join(', ')}.`;
};
