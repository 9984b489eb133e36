import {
  AdjudicatedProcedure,
  Adjustment,
  ClaimPayment,
  Imbalance,
  movesNoMoney,
  RemittanceAdvice,
  ServicePayment,
} from '@praxis/x12';
import { randomUUID } from 'node:crypto';
import type { StoredLinePayment, UnsavedClaimPayment } from './claim-payment.entity';
import type { ReadRemittance } from './remittance-file-reading';
import type { Remittance, RemittanceSource, StoredAdjustment, StoredImbalance } from './remittance.entity';

/** TRN02, TRN03 and the payer: the same three again are the same payment, however it arrives. */
export const paymentKeyOf = ({ traceNumber, originatorId, payer }: RemittanceAdvice) => ({
  traceNumber,
  payerIdentifier: originatorId,
  payerKey: payer.id ?? payer.name,
});

const adjustmentsOf = (adjustments: readonly Adjustment[]): StoredAdjustment[] =>
  adjustments.map(({ group, reason, amount }) => ({ group, reason, amountMinor: amount.amountMinor }));

const where = (imbalance: Imbalance, claims: readonly ClaimPayment[]) => {
  if (imbalance.level === 'payment') return 'the payment (BPR02 against its claims less PLB)';
  const claim = `claim ${claims[imbalance.claimIndex ?? 0]?.patientControlNumber ?? ''}`;
  return imbalance.level === 'claim' ? claim : `line ${(imbalance.lineIndex ?? 0) + 1} of ${claim}`;
};

const imbalancesOf = (imbalances: readonly Imbalance[], claims: readonly ClaimPayment[]): StoredImbalance[] =>
  imbalances.map((imbalance) => ({
    level: imbalance.level,
    claimIndex: imbalance.claimIndex ?? null,
    lineIndex: imbalance.lineIndex ?? null,
    expectedMinor: imbalance.expected.amountMinor,
    actualMinor: imbalance.actual.amountMinor,
    message: `${where(imbalance, claims)} should come to ${imbalance.expected.amountMinor} but the payer sent ${imbalance.actual.amountMinor} (minor units)`,
  }));

/** Where a stored transaction set came from. */
export interface RemittanceReceipt {
  tenantId: string;
  source: RemittanceSource;
  fileId: string;
  receivedBy: string | null;
  receivedAt: Date;
}

/** The transaction set as the API shows it and the database keeps it: quarantined when anything does not balance. */
export const remittanceRowOf = ({ remittance, imbalances }: ReadRemittance) => ({
  ...paymentKeyOf(remittance),
  payerName: remittance.payer.name,
  status: imbalances.length > 0 ? ('quarantined' as const) : ('posted' as const),
  handling: remittance.handling,
  movesMoney: !movesNoMoney(remittance),
  paymentAmountMinor: remittance.paymentAmount.amountMinor,
  currency: remittance.paymentAmount.currency,
  paymentMethod: remittance.paymentMethod,
  paymentDate: remittance.paymentDate,
  payeeNpi: remittance.payee.idQualifier === 'XX' ? remittance.payee.id : null,
  payeeTaxId: remittance.payee.idQualifier === 'FI' ? remittance.payee.id : null,
  imbalances: imbalancesOf(imbalances, remittance.claims),
  providerAdjustments: remittance.providerAdjustments.map((plb) => ({
    providerId: plb.providerId,
    fiscalPeriodDate: plb.fiscalPeriodDate,
    reason: plb.reason,
    reference: plb.reference ?? null,
    amountMinor: plb.amount.amountMinor,
  })),
});

const billed = (procedure: AdjudicatedProcedure | undefined) => ({
  billedProcedureCode: procedure?.code ?? null,
  billedModifiers: procedure?.modifiers ?? [],
});

const linePaymentOf = (line: ServicePayment): StoredLinePayment => ({
  procedureCode: line.procedure.code,
  modifiers: line.procedure.modifiers,
  ...billed(line.billedProcedure),
  chargeMinor: line.charge.amountMinor,
  paidMinor: line.paid.amountMinor,
  units: line.units ?? null,
  serviceDate: line.serviceDate ?? null,
  lineControlNumber: line.lineControlNumber ?? null,
  adjustments: adjustmentsOf(line.adjustments),
  remarks: line.remarks,
  matchedLineId: null,
});

/** One claim payment before anything is done with it; its id is fixed now so a reversal can name it. */
export const claimPaymentRowOf = (
  claim: ClaimPayment,
  position: number,
  { status }: Pick<Remittance, 'status'>,
): UnsavedClaimPayment => ({
  id: randomUUID(),
  position,
  patientControlNumber: claim.patientControlNumber,
  statusCode: claim.status,
  payerClaimControlNumber: claim.payerClaimControlNumber,
  chargeMinor: claim.charge.amountMinor,
  paidMinor: claim.paid.amountMinor,
  patientResponsibilityMinor: claim.patientResponsibility?.amountMinor ?? null,
  memberId: claim.patient?.memberId || null,
  adjustments: adjustmentsOf(claim.adjustments),
  remarks: claim.remarks,
  lines: claim.serviceLines.map(linePaymentOf),
  posting: status === 'quarantined' ? 'held' : 'unmatched',
  matchedClaimId: null,
  adjudicationId: null,
  reversedBy: null,
  unmatchedReason: null,
});
