import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CardApproval, CardCharge, CardDeclinedError, CardRefund, PaymentProcessor } from './payment-processor';

/** The well-known test numbers card processors publish, each declining for its reason; any other valid number approves. */
export const SANDBOX_DECLINES: Record<string, string> = {
  '4000000000000002': 'the card issuer declined it',
  '4000000000009995': 'insufficient funds',
  '4000000000000069': 'the card has expired',
  '4000000000000127': 'the security code is incorrect',
};

const brandOf = (number: string): string => {
  if (/^4/.test(number)) return 'visa';
  if (/^(5[1-5]|2[2-7])/.test(number)) return 'mastercard';
  if (/^3[47]/.test(number)) return 'amex';
  if (/^6(011|5)/.test(number)) return 'discover';
  return 'card';
};

/** The check digit every card number carries (ISO/IEC 7812), checked here as a real processor would. */
const passesLuhn = (number: string): boolean => {
  let sum = 0;
  [...number].reverse().forEach((character, index) => {
    const digit = Number(character) * (index % 2 === 1 ? 2 : 1);
    sum += digit > 9 ? digit - 9 : digit;
  });
  return sum % 10 === 0;
};

const hasExpired = ({ expiryMonth, expiryYear }: CardCharge['card'], now: Date): boolean =>
  expiryYear * 12 + expiryMonth < now.getUTCFullYear() * 12 + now.getUTCMonth() + 1;

/** Derived from the caller's reference, so a retried charge or refund gets the same answer on any replica. */
const processorReferenceOf = (prefix: string, reference: string) =>
  `${prefix}_${createHash('sha256').update(reference).digest('hex').slice(0, 24)}`;

/**
 * A processor with no network and no state, so card payments work and fail on purpose on one machine: the test numbers
 * decline, and the same reference always gets the same answer. Billing itself keeps refunds within what was paid.
 */
@Injectable()
export class SandboxPaymentProcessor extends PaymentProcessor {
  charge({ card, reference, now }: CardCharge): Promise<CardApproval> {
    const decline = !passesLuhn(card.number)
      ? 'the card number is not valid'
      : hasExpired(card, now)
        ? 'the card has expired'
        : SANDBOX_DECLINES[card.number];
    if (decline) return Promise.reject(new CardDeclinedError(decline));
    return Promise.resolve({
      processorReference: processorReferenceOf('ch', reference),
      brand: brandOf(card.number),
      last4: card.number.slice(-4),
    });
  }

  refund({ reference }: CardRefund): Promise<{ processorReference: string }> {
    return Promise.resolve({ processorReference: processorReferenceOf('re', reference) });
  }
}
