import { CurrencyMismatchError, Money, negateMoney, sumMoney } from '@praxis/domain';

/**
 * Receivables are what someone owes the clinic; patient_credit is what the clinic holds for a patient, paid and not yet
 * applied to a visit; provider_adjustments is the clinic's own account with payers (interest paid, overpayments
 * recouped, balances forwarded: no patient's); the others are where the money or its loss is recorded.
 */
export const ledgerAccounts = [
  'insurance_receivable',
  'patient_receivable',
  'patient_credit',
  'revenue',
  'cash',
  'contractual_adjustment',
  'write_off',
  'provider_adjustments',
] as const;
export type LedgerAccount = (typeof ledgerAccounts)[number];

export const postingKinds = [
  'charge',
  'patient_payment',
  'insurer_payment',
  'contractual_adjustment',
  'write_off',
  'transfer',
  'refund',
  'payment_application',
  'reversal',
  'provider_adjustment',
] as const;
export type PostingKind = (typeof postingKinds)[number];

export type Payer = 'insurance' | 'patient';
const receivableOf = (payer: Payer): LedgerAccount => `${payer}_receivable`;

/** One line of a posting: a positive amount is a debit, a negative one a credit. */
export interface LedgerLine {
  account: LedgerAccount;
  amount: Money;
}

/** A financial effect as the entries it writes; its lines always sum to zero. */
export interface Posting {
  kind: PostingKind;
  lines: LedgerLine[];
}

export class UnbalancedPostingError extends Error {}

const debitCredit = (kind: PostingKind, debit: LedgerAccount, credit: LedgerAccount, amount: Money): Posting => ({
  kind,
  lines: [
    { account: debit, amount },
    { account: credit, amount: negateMoney(amount) },
  ],
});

/** The double-entry form of every financial effect billing records; amounts are never negative but a PLB's, as sent. */
export const postings = {
  charge: (amount: Money, billTo: Payer) => debitCredit('charge', receivableOf(billTo), 'revenue', amount),
  /** A patient's money comes in as their credit; applying it to a visit is a posting of its own. */
  patientPayment: (amount: Money) => debitCredit('patient_payment', 'cash', 'patient_credit', amount),
  paymentApplication: (amount: Money) =>
    debitCredit('payment_application', 'patient_credit', 'patient_receivable', amount),
  insurerPayment: (amount: Money) => debitCredit('insurer_payment', 'cash', 'insurance_receivable', amount),
  contractualAdjustment: (amount: Money) =>
    debitCredit('contractual_adjustment', 'contractual_adjustment', 'insurance_receivable', amount),
  writeOff: (amount: Money, from: Payer) => debitCredit('write_off', 'write_off', receivableOf(from), amount),
  transfer: (amount: Money, from: Payer, to: Payer) =>
    debitCredit('transfer', receivableOf(to), receivableOf(from), amount),
  /** Money goes back out of the patient's credit; refunding applied money first takes its application back. */
  refund: (amount: Money) => debitCredit('refund', 'patient_credit', 'cash', amount),
  /**
   * A payer's clinic-level adjustment (PLB), signed as it sent it: positive took money out of the payment (cash the
   * clinic did not receive), negative added some (interest).
   */
  providerAdjustment: (amount: Money) => debitCredit('provider_adjustment', 'provider_adjustments', 'cash', amount),
  /** Takes back an earlier posting by its mirror image; the original stays, as the ledger never changes. */
  reversal: (original: Posting): Posting => ({
    kind: 'reversal',
    lines: original.lines.map(({ account, amount }) => ({ account, amount: negateMoney(amount) })),
  }),
};

/** Refuses a posting whose debits and credits differ, or that mixes currencies. */
export const assertBalanced = ({ lines }: Posting): void => {
  if (lines.length === 0) throw new UnbalancedPostingError('a posting has at least one line');
  const { currency } = lines[0].amount;
  const total = sumMoney(
    lines.map(({ amount }) => {
      if (amount.currency !== currency) throw new CurrencyMismatchError(currency, amount.currency);
      return amount;
    }),
    currency,
  );
  if (total.amountMinor !== 0) throw new UnbalancedPostingError(`a posting is off by ${total.amountMinor}`);
};

/** What is owed, and by whom, as the sum of every line ever written: no stored balance that could drift. */
export interface Balance {
  insurancePending: Money;
  patientResponsibility: Money;
  /** Paid by the patient and not applied to a visit yet (the credit side of patient_credit, so positive). */
  patientCredit: Money;
}

export const balanceOf = (lines: readonly LedgerLine[], currency: Money['currency']): Balance => {
  const sumOf = (account: LedgerAccount) =>
    sumMoney(
      lines.filter((line) => line.account === account).map(({ amount }) => amount),
      currency,
    );
  return {
    insurancePending: sumOf('insurance_receivable'),
    patientResponsibility: sumOf('patient_receivable'),
    patientCredit: sumMoney(
      lines.filter((line) => line.account === 'patient_credit').map(({ amount }) => negateMoney(amount)),
      currency,
    ),
  };
};
