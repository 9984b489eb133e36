import { Adjustment, ClaimPayment, fromX12Date, ServicePayment } from '@praxis/x12';
import { SandboxRules } from '../rules/sandbox-rules';
import { ClaimDecision } from './payer-edits';
import { SubmittedLine } from './submitted-claims';

export const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' as const });
const shareOf = (amountMinor: number, percent: number) => Math.floor((amountMinor * percent) / 100);

/** SBR01 P, S, T: processed as primary, secondary, tertiary (CLP02 1, 2, 3). */
const PROCESSED_AS: Readonly<Record<string, '1' | '2' | '3'>> = { P: '1', S: '2', T: '3' };

/** The terms a claim is decided by: the rules in force, or the corrected share when the payer decides again. */
export type PaymentTerms = Pick<
  SandboxRules,
  | 'allowedPercent'
  | 'coinsurancePercent'
  | 'deductibleMinor'
  | 'copayMinor'
  | 'deniedProcedureCodes'
  | 'denialReasonCode'
>;

/** What of the claim's deductible and co-pay is still to be taken from its lines' allowed amounts. */
interface PatientShareLeft {
  deductibleMinor: number;
  copayMinor: number;
}

/**
 * A line as the sandbox's payer pays it: a denied procedure is not covered (CO with the denial reason); otherwise
 * it allows its share of the charge (the rest CO-45, contractual), and of what it allowed the patient owes what is
 * left of the claim's deductible (PR-1), then of its co-pay (PR-3), then the coinsurance of the rest (PR-2).
 */
const linePayment = (line: SubmittedLine, terms: PaymentTerms, left: PatientShareLeft): ServicePayment => {
  const denied = terms.deniedProcedureCodes.includes(line.procedureCode);
  const allowed = denied ? 0 : shareOf(line.chargeMinor, terms.allowedPercent);
  const deductible = Math.min(left.deductibleMinor, allowed);
  const copay = Math.min(left.copayMinor, allowed - deductible);
  const coinsurance = shareOf(allowed - deductible - copay, terms.coinsurancePercent);
  left.deductibleMinor -= deductible;
  left.copayMinor -= copay;
  const adjustments: Adjustment[] = [
    { group: 'CO' as const, reason: denied ? terms.denialReasonCode : '45', amount: usd(line.chargeMinor - allowed) },
    { group: 'PR' as const, reason: '1', amount: usd(deductible) },
    { group: 'PR' as const, reason: '3', amount: usd(copay) },
    { group: 'PR' as const, reason: '2', amount: usd(coinsurance) },
  ].filter(({ amount }) => amount.amountMinor !== 0);
  return {
    procedure: { qualifier: 'HC', code: line.procedureCode, modifiers: line.modifiers },
    charge: usd(line.chargeMinor),
    paid: usd(allowed - deductible - copay - coinsurance),
    units: line.units,
    serviceDate: fromX12Date(line.serviceDate[1].slice(0, 8)),
    adjustments,
    allowed: usd(allowed),
    remarks: [],
  };
};

const sumOf = (amounts: readonly number[]) => amounts.reduce((sum, amount) => sum + amount, 0);

/** One accepted claim decided by the terms: CLP02 by the payer's rank, 4 when nothing is paid. */
export const claimPayment = ({ claim, payerClaimNumber }: ClaimDecision, terms: PaymentTerms): ClaimPayment => {
  const left = { deductibleMinor: terms.deductibleMinor, copayMinor: terms.copayMinor };
  const lines = claim.lines.map((line) => linePayment(line, terms, left));
  const paid = sumOf(lines.map((line) => line.paid.amountMinor));
  const patientOwes = lines.flatMap((line) => line.adjustments).filter(({ group }) => group === 'PR');
  return {
    patientControlNumber: claim.patientControlNumber,
    status: paid === 0 ? '4' : (PROCESSED_AS[claim.payerResponsibility] ?? '1'),
    charge: usd(claim.chargeMinor),
    paid: usd(paid),
    patientResponsibility: usd(sumOf(patientOwes.map(({ amount }) => amount.amountMinor))),
    claimFilingIndicator: claim.claimFilingIndicator,
    payerClaimControlNumber: payerClaimNumber ?? '',
    patient: { ...claim.patient, memberId: claim.memberId },
    adjustments: [],
    remarks: [],
    serviceLines: lines,
  };
};

const negated = <T extends { amount: { amountMinor: number } }>(item: T): T => ({
  ...item,
  amount: usd(-item.amount.amountMinor),
});

/**
 * CLP02 22: the exact negation of a decision (charge, payment, every line and adjustment), with no patient
 * responsibility, under the same patient control and payer claim numbers, as the payer takes it back.
 */
export const reversalOf = (payment: ClaimPayment): ClaimPayment => ({
  ...payment,
  status: '22',
  charge: usd(-payment.charge.amountMinor),
  paid: usd(-payment.paid.amountMinor),
  patientResponsibility: undefined,
  adjustments: payment.adjustments.map(negated),
  serviceLines: payment.serviceLines.map((line) => ({
    ...line,
    charge: usd(-line.charge.amountMinor),
    paid: usd(-line.paid.amountMinor),
    allowed: line.allowed && usd(-line.allowed.amountMinor),
    adjustments: line.adjustments.map(negated),
  })),
});
