import type { Money } from '@praxis/domain';
import { DomainError } from '@praxis/platform';

/** What the API takes of a card, only to hand it to the processor: none of it is stored, logged or answered. */
export interface CardDetails {
  number: string;
  expiryMonth: number;
  expiryYear: number;
  cvc: string;
}

export interface CardCharge {
  card: CardDetails;
  amount: Money;
  /** The same reference charges once: a retry after a lost answer gets the first approval back. */
  reference: string;
  now: Date;
}

/** What may be kept of an approved charge. */
export interface CardApproval {
  processorReference: string;
  brand: string;
  last4: string;
}

export interface CardRefund {
  processorReference: string;
  amount: Money;
  reference: string;
}

/** The processor refused the card: nothing was charged, and the payment is not recorded. */
export class CardDeclinedError extends DomainError {
  readonly status = 402;
  readonly title = 'Payment Required';
  constructor(reason: string) {
    super(`the card was declined: ${reason}`);
    this.extensions.declineReason = reason;
  }
}

/** Where card payments and their refunds go; the sandbox is built in, a real processor implements the same port. */
export abstract class PaymentProcessor {
  abstract charge(charge: CardCharge): Promise<CardApproval>;
  abstract refund(refund: CardRefund): Promise<{ processorReference: string }>;
}
