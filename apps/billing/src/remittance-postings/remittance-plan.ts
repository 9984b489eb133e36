import { AdjustmentGroup, ClaimAdjudicated, PayloadOf } from '@praxis/contracts';
import { money, Money } from '@praxis/domain';
import { Posting, postings } from '../ledger/ledger-postings';

export type Adjudication = PayloadOf<typeof ClaimAdjudicated>;
type Adjustment = Adjudication['adjustments'][number];

/** A posting the remittance writes by itself, on the charge the payer answered (null: the claim as a whole). */
export interface RemittanceEntry {
  chargeId: string | null;
  posting: Posting;
}

/** An adjustment billing cannot place by its rules; it waits in the insurer's receivable for a clerk. */
export interface AdjustmentToReview {
  chargeId: string | null;
  group: AdjustmentGroup;
  reason: string;
  amount: Money;
}

export interface RemittancePlan {
  entries: RemittanceEntry[];
  reviews: AdjustmentToReview[];
}

/**
 * How each of the payer's amounts moves what is owed: what it paid leaves the insurer's receivable as cash, CO
 * (contractual) is the clinic's agreed loss, PR (deductible, co-insurance, co-pay, any other reason) becomes the
 * patient's to pay once the last payer decided (while a later payer is billed, it stays owed by insurance). OA, PI and CR say too little for a rule, so a clerk decides. Amounts keep the payer's sign: a
 * negative one moves money the other way. Nothing is posted for a zero. Claim-level adjustments come out of what the
 * lines paid (the cash is the claim's paidMinor), so the lines' payments are posted on their charges and what the
 * payer withheld at claim level is taken back from the visit's payment before it is placed like any adjustment.
 */
export const remittancePlan = (adjudication: Adjudication): RemittancePlan => {
  const plan: RemittancePlan = { entries: [], reviews: [] };
  const amountOf = (amountMinor: number) => money(amountMinor, adjudication.currency);
  const place = (chargeId: string | null, { group, reason, amountMinor }: Adjustment) => {
    if (amountMinor === 0) return;
    const amount = amountOf(amountMinor);
    if (group === 'CO') plan.entries.push({ chargeId, posting: postings.contractualAdjustment(amount) });
    else if (group === 'PR') {
      if (!adjudication.patientShareHeldForPayerId)
        plan.entries.push({ chargeId, posting: postings.transfer(amount, 'insurance', 'patient') });
    } else plan.reviews.push({ chargeId, group, reason, amount });
  };
  for (const line of adjudication.lines) {
    if (line.paidMinor !== 0)
      plan.entries.push({ chargeId: line.chargeId, posting: postings.insurerPayment(amountOf(line.paidMinor)) });
    for (const adjustment of line.adjustments) place(line.chargeId, adjustment);
  }
  const withheld = adjudication.adjustments.reduce((sum, { amountMinor }) => sum + amountMinor, 0);
  if (withheld !== 0) plan.entries.push({ chargeId: null, posting: postings.insurerPayment(amountOf(-withheld)) });
  for (const adjustment of adjudication.adjustments) place(null, adjustment);
  return plan;
};
