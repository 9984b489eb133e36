import type { Adjustment, ClaimPayment, RemittanceTransaction } from './remittances-data';

/** CLP02, as the 835 guide names each claim status code. */
const CLAIM_STATUS_WORDS: Record<string, string> = {
  '1': 'Processed as primary',
  '2': 'Processed as secondary',
  '3': 'Processed as tertiary',
  '4': 'Denied',
  '19': 'Processed as primary, forwarded to another payer',
  '20': 'Processed as secondary, forwarded to another payer',
  '21': 'Processed as tertiary, forwarded to another payer',
  '22': 'Reversal of an earlier payment',
  '23': 'Not this payer’s claim, forwarded to another payer',
  '25': 'Priced only, nothing paid',
};

/** BPR04. */
const PAYMENT_METHOD_WORDS: Record<string, string> = {
  ACH: 'Electronic funds transfer',
  CHK: 'Check',
  BOP: 'Bank’s choice of transfer',
  FWT: 'Wire transfer',
  NON: 'No payment',
};

/** PLB03-1: why the payer took money from the payment, or added to it, for the clinic as a whole. */
const PROVIDER_ADJUSTMENT_WORDS: Record<string, string> = {
  L6: 'Interest owed',
  WO: 'Overpayment recovery',
  FB: 'Forwarding balance',
  '72': 'Authorized return',
  CS: 'Adjustment',
  J1: 'Nonreimbursable',
  IR: 'Internal Revenue Service withholding',
  AP: 'Acceleration of benefits',
};

const POSTING_WORDS: Record<NonNullable<ClaimPayment['posting']>, string> = {
  adjudicated: 'Posted',
  reversal: 'Reversal posted',
  unmatched: 'Waiting for a clerk to name its claim',
  held: 'Not posted: the payment does not balance',
};

export const claimStatusInWords = (code: string): string => CLAIM_STATUS_WORDS[code] ?? `Claim status ${code}`;
export const paymentMethodInWords = (code: string): string => PAYMENT_METHOD_WORDS[code] ?? code;
export const providerAdjustmentInWords = (code: string): string => PROVIDER_ADJUSTMENT_WORDS[code] ?? `Reason ${code}`;
export const postingInWords = (posting: ClaimPayment['posting']): string =>
  posting ? POSTING_WORDS[posting] : 'Not posted yet';

/** `Contractual obligation (CO-45): $25.00 — Charge exceeds fee schedule…`: who bears it, the codes, the payer's reason. */
export const adjustmentInWords = ({ group, groupText, reason, reasonText }: Adjustment, amount: string): string =>
  `${groupText} (${group}-${reason}): ${amount} — ${reasonText}`;

/** `N130: Consult plan benefit documents…`, one per remark code the payer sent. */
export const remarksInWords = ({ remarks, remarkTexts }: { remarks: string[]; remarkTexts: string[] }): string[] =>
  remarks.map((code, index) => `${code}: ${remarkTexts[index]}`);

/** How a payment stands: a duplicate changed nothing, an unbalanced one is held, anything else was posted. */
export const standingInWords = (transaction: RemittanceTransaction): string => {
  if (transaction.duplicate) return 'Received before: nothing changed';
  if (!transaction.balanced) return 'Does not balance: held, nothing posted';
  return transaction.status === null ? 'Balances' : 'Balances: posted';
};
