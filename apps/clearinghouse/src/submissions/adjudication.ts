import { fromX12Date, RemittanceAdvice, ServicePayment } from '@praxis/x12';
import { SandboxRules } from '../rules/sandbox-rules';
import { ClaimDecision, ProviderDecision } from './payer-edits';
import { SubmittedLine } from './submitted-claims';

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' as const });
const shareOf = (amountMinor: number, percent: number) => Math.floor((amountMinor * percent) / 100);

/** SBR01 P, S, T: processed as primary, secondary, tertiary (CLP02 1, 2, 3). */
const PROCESSED_AS: Readonly<Record<string, '1' | '2' | '3'>> = { P: '1', S: '2', T: '3' };

/**
 * A line as the sandbox's payer pays it: a denied procedure is not covered (CO-96); otherwise it allows its share of
 * the charge (the rest CO-45, contractual) and the patient owes the coinsurance of what it allowed (PR-2).
 */
const linePayment = (line: SubmittedLine, rules: SandboxRules): ServicePayment => {
  const denied = rules.deniedProcedureCodes.includes(line.procedureCode);
  const allowed = denied ? 0 : shareOf(line.chargeMinor, rules.allowedPercent);
  const coinsurance = shareOf(allowed, rules.coinsurancePercent);
  const adjustments = [
    { group: 'CO' as const, reason: denied ? '96' : '45', amount: usd(line.chargeMinor - allowed) },
    { group: 'PR' as const, reason: '2', amount: usd(coinsurance) },
  ].filter(({ amount }) => amount.amountMinor !== 0);
  return {
    procedure: { qualifier: 'HC', code: line.procedureCode, modifiers: line.modifiers },
    charge: usd(line.chargeMinor),
    paid: usd(allowed - coinsurance),
    units: line.units,
    serviceDate: fromX12Date(line.serviceDate[1].slice(0, 8)),
    adjustments,
    allowed: usd(allowed),
    remarks: [],
  };
};

const claimPayment = ({ claim, payerClaimNumber }: ClaimDecision, rules: SandboxRules) => {
  const lines = claim.lines.map((line) => linePayment(line, rules));
  const paid = lines.reduce((sum, line) => sum + line.paid.amountMinor, 0);
  const patientOwes = lines
    .flatMap((line) => line.adjustments)
    .filter(({ group }) => group === 'PR')
    .reduce((sum, { amount }) => sum + amount.amountMinor, 0);
  return {
    patientControlNumber: claim.patientControlNumber,
    status: paid === 0 ? ('4' as const) : (PROCESSED_AS[claim.payerResponsibility] ?? '1'),
    charge: usd(claim.chargeMinor),
    paid: usd(paid),
    patientResponsibility: usd(patientOwes),
    claimFilingIndicator: claim.claimFilingIndicator,
    payerClaimControlNumber: payerClaimNumber ?? '',
    patient: { ...claim.patient, memberId: claim.memberId },
    adjustments: [],
    remarks: [],
    serviceLines: lines,
  };
};

export interface RemittanceHeader {
  /** YYYY-MM-DD of the payment. */
  paidOn: string;
  traceNumber: (payerId: string) => string;
}

/** One 835 per billing provider and payer, paying the claims accepted into adjudication (A2) in that batch. */
export const remittancesFor = (
  decisions: readonly ProviderDecision[],
  rules: SandboxRules,
  { paidOn, traceNumber }: RemittanceHeader,
): RemittanceAdvice[] =>
  decisions.flatMap(({ provider, claims }) => {
    const accepted = claims.filter(({ status }) => status.category === 'A2');
    const payers = [...new Map(accepted.map(({ claim }) => [claim.payer.id, claim.payer])).values()];
    return payers.map((payer) => {
      const payments = accepted
        .filter(({ claim }) => claim.payer.id === payer.id)
        .map((claim) => claimPayment(claim, rules));
      const total = payments.reduce((sum, payment) => sum + payment.paid.amountMinor, 0);
      return {
        handling: total > 0 ? 'I' : 'H',
        paymentAmount: usd(total),
        paymentMethod: total > 0 ? 'CHK' : 'NON',
        paymentDate: paidOn,
        traceNumber: traceNumber(payer.id),
        originatorId: `1${payer.id.padStart(9, '0').slice(-9)}`,
        productionDate: paidOn,
        payer,
        payee: { name: provider.name, idQualifier: 'XX', id: provider.npi },
        claims: payments,
        providerAdjustments: [],
      };
    });
  });
