import { Money, sumMoney } from '@praxis/domain';
import { Adjustment } from '../adjustments/claim-adjustments';
import { ClaimPayment, RemittanceAdvice, ServicePayment } from './remittance-advice';

export type ImbalanceLevel = 'line' | 'claim' | 'payment';

/** Where an 835 does not add up; an unbalanced 835 must not be posted automatically. */
export interface Imbalance {
  level: ImbalanceLevel;
  /** Index of the claim (and line) in the remittance, when the imbalance is there. */
  claimIndex?: number;
  lineIndex?: number;
  expected: Money;
  actual: Money;
}

const total = (amounts: Money[], like: Money): Money => sumMoney(amounts, like.currency);
const adjusted = (adjustments: Adjustment[], like: Money) =>
  total(
    adjustments.map((a) => a.amount),
    like,
  );

const lineImbalance = (line: ServicePayment): [Money, Money] | undefined => {
  const expected = line.charge.amountMinor - adjusted(line.adjustments, line.charge).amountMinor;
  return expected === line.paid.amountMinor ? undefined : [{ ...line.charge, amountMinor: expected }, line.paid];
};

const claimImbalance = (claim: ClaimPayment): [Money, Money] | undefined => {
  const lineAdjustments = claim.serviceLines.flatMap((line) => line.adjustments);
  const adjustments = adjusted([...claim.adjustments, ...lineAdjustments], claim.charge).amountMinor;
  const expected = claim.charge.amountMinor - adjustments;
  return expected === claim.paid.amountMinor ? undefined : [{ ...claim.charge, amountMinor: expected }, claim.paid];
};

const paymentImbalance = (remittance: RemittanceAdvice): [Money, Money] | undefined => {
  const paid = total(
    remittance.claims.map((claim) => claim.paid),
    remittance.paymentAmount,
  ).amountMinor;
  const provider = total(
    remittance.providerAdjustments.map((plb) => plb.amount),
    remittance.paymentAmount,
  );
  const expected = paid - provider.amountMinor;
  const actual = remittance.paymentAmount;
  return expected === actual.amountMinor ? undefined : [{ ...actual, amountMinor: expected }, actual];
};

/**
 * The three balancing rules of the 835: per line SVC02 − line CAS = SVC03; per claim CLP03 − claim CAS − line CAS
 * = CLP04; per payment BPR02 = Σ CLP04 − Σ PLB. Positive adjustments reduce the payment, negative ones add to it.
 */
export const findImbalances = (remittance: RemittanceAdvice): Imbalance[] => {
  const imbalances: Imbalance[] = [];
  remittance.claims.forEach((claim, claimIndex) => {
    claim.serviceLines.forEach((line, lineIndex) => {
      const found = lineImbalance(line);
      if (found) imbalances.push({ level: 'line', claimIndex, lineIndex, expected: found[0], actual: found[1] });
    });
    const found = claimImbalance(claim);
    if (found) imbalances.push({ level: 'claim', claimIndex, expected: found[0], actual: found[1] });
  });
  const found = paymentImbalance(remittance);
  if (found) imbalances.push({ level: 'payment', expected: found[0], actual: found[1] });
  return imbalances;
};
