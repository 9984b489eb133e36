import { ClaimPayment, ProviderAdjustment, RemittanceAdvice } from '@praxis/x12';
import { SandboxRules } from '../rules/sandbox-rules';
import { claimPayment, reversalOf, usd } from './adjudication';
import { ClaimDecision, ProviderDecision } from './payer-edits';
import { BillingProviderClaims } from './submitted-claims';

export interface RemittanceHeader {
  /** YYYY-MM-DD of the payment. */
  paidOn: string;
  traceNumber: (payerId: string) => string;
}

/** What the payers send for one batch: the 835s now, and the reversals with their corrections later, if any. */
export interface PayerRemittances {
  remittances: RemittanceAdvice[];
  corrections: RemittanceAdvice[];
}

interface PayerBatch {
  provider: BillingProviderClaims;
  payer: { name: string; id: string };
  claims: ClaimDecision[];
}

const sumOf = (amounts: readonly number[]) => amounts.reduce((sum, amount) => sum + amount, 0);

/** The claims accepted into adjudication (A2), per billing provider and the payer each was sent to. */
const payerBatches = (decisions: readonly ProviderDecision[]): PayerBatch[] =>
  decisions.flatMap(({ provider, claims }) => {
    const accepted = claims.filter(({ status }) => status.category === 'A2');
    const payers = [...new Map(accepted.map(({ claim }) => [claim.payer.id, claim.payer])).values()];
    return payers.map((payer) => ({
      provider,
      payer,
      claims: accepted.filter(({ claim }) => claim.payer.id === payer.id),
    }));
  });

/**
 * Interest added (L6, negative: it adds to the payment) and an overpayment recouped (WO, referring to the first
 * claim's payer number), never more than the payment holds, since BPR02 cannot go below zero.
 */
const providerAdjustments = (batch: PayerBatch, payments: ClaimPayment[], rules: SandboxRules, paidOn: string) => {
  const plb = (reason: string, amountMinor: number, reference?: string): ProviderAdjustment => ({
    providerId: batch.provider.npi,
    fiscalPeriodDate: `${paidOn.slice(0, 4)}-12-31`,
    reason,
    reference,
    amount: usd(amountMinor),
  });
  const paid = sumOf(payments.map((payment) => payment.paid.amountMinor));
  if (paid <= 0) return [];
  const recouped = Math.min(rules.recoupmentMinor, paid + rules.interestMinor);
  return [
    ...(rules.interestMinor > 0 ? [plb('L6', -rules.interestMinor)] : []),
    ...(recouped > 0 ? [plb('WO', recouped, payments[0]?.payerClaimControlNumber)] : []),
  ];
};

/**
 * A correction that pays less than the reversal takes back leaves the payer owed: carried to a later payment as a
 * forwarding balance (PLB FB, negative here), so this one moves nothing rather than going below zero.
 */
const forwardedBalance = (batch: PayerBatch, payments: ClaimPayment[], paidOn: string): ProviderAdjustment[] => {
  const net = sumOf(payments.map((payment) => payment.paid.amountMinor));
  if (net >= 0) return [];
  const fiscalPeriodDate = `${paidOn.slice(0, 4)}-12-31`;
  return [{ providerId: batch.provider.npi, fiscalPeriodDate, reason: 'FB', amount: usd(net) }];
};

const remittanceOf = (
  batch: PayerBatch,
  claims: ClaimPayment[],
  adjustments: ProviderAdjustment[],
  { paidOn, traceNumber }: RemittanceHeader,
): RemittanceAdvice => {
  const total =
    sumOf(claims.map((claim) => claim.paid.amountMinor)) - sumOf(adjustments.map((a) => a.amount.amountMinor));
  return {
    handling: total > 0 ? 'I' : 'H',
    paymentAmount: usd(total),
    paymentMethod: total > 0 ? 'CHK' : 'NON',
    paymentDate: paidOn,
    traceNumber: traceNumber(batch.payer.id),
    originatorId: `1${batch.payer.id.padStart(9, '0').slice(-9)}`,
    productionDate: paidOn,
    payer: batch.payer,
    payee: { name: batch.provider.name, idQualifier: 'XX', id: batch.provider.npi },
    claims,
    providerAdjustments: adjustments,
  };
};

/**
 * One 835 per billing provider and payer, deciding the claims it accepted into adjudication (A2) in that batch by
 * the rules; and, when the rules say the payer changes its mind, a later 835 reversing each of those decisions and
 * deciding the claim again at the corrected share.
 */
export const remittancesFor = (
  decisions: readonly ProviderDecision[],
  rules: SandboxRules,
  header: RemittanceHeader,
): PayerRemittances => {
  const batches = payerBatches(decisions);
  const decided = batches.map((batch) => batch.claims.map((claim) => claimPayment(claim, rules)));
  const remittances = batches.map((batch, index) =>
    remittanceOf(batch, decided[index], providerAdjustments(batch, decided[index], rules, header.paidOn), header),
  );
  const { correctedAllowedPercent } = rules;
  if (correctedAllowedPercent === null) return { remittances, corrections: [] };
  const corrections = batches.map((batch, index) => {
    const corrected = batch.claims.map((claim) =>
      claimPayment(claim, { ...rules, allowedPercent: correctedAllowedPercent }),
    );
    const claims = decided[index].flatMap((payment, claim) => [reversalOf(payment), corrected[claim]]);
    return remittanceOf(batch, claims, forwardedBalance(batch, claims, header.paidOn), header);
  });
  return { remittances, corrections };
};
