import { ClaimAdjudicated, PayloadOf } from '@praxis/contracts';
import type { ClaimLine } from '../claims/claim-line.entity';
import type { Claim } from '../claims/claim.entity';
import type { ClaimPaymentRecord, StoredLinePayment } from './claim-payment.entity';
import type { StoredAdjustment } from './remittance.entity';

export type Adjudication = PayloadOf<typeof ClaimAdjudicated>;
type DecidedStatus = Adjudication['claimStatus'];

/**
 * A decision as built from what the payer sent, before the contract checked it: a line that answers no charge of the
 * claim has none, and adjustment groups are as read.
 */
export type UncheckedAdjudication = Omit<Adjudication, 'lines' | 'adjustments'> & {
  lines: {
    chargeId?: string;
    procedureCode?: string;
    chargeMinor: number;
    paidMinor: number;
    adjustments: StoredAdjustment[];
  }[];
  adjustments: StoredAdjustment[];
};

/**
 * Denied when nothing is paid (CLP02 4, or 1 paying 0: both are posted, never skipped); partially paid when some
 * line is paid nothing while others are paid; paid otherwise.
 */
const decidedStatusOf = (payment: Pick<ClaimPaymentRecord, 'statusCode' | 'paidMinor' | 'lines'>): DecidedStatus => {
  if (payment.statusCode === '4' || payment.paidMinor === 0) return 'denied';
  return payment.lines.some((line) => line.paidMinor === 0) ? 'partially_paid' : 'paid';
};

/** A claim paid as a whole, without 2110 lines: each line is taken as charged, the claim's adjustments settle it. */
const wholeClaimLines = (claimLines: readonly ClaimLine[]): StoredLinePayment[] =>
  claimLines.map((line) => ({
    procedureCode: line.procedureCode,
    modifiers: line.modifiers,
    billedProcedureCode: null,
    billedModifiers: [],
    chargeMinor: line.amountMinor,
    paidMinor: line.amountMinor,
    units: line.units,
    serviceDate: null,
    lineControlNumber: line.id,
    adjustments: [],
    remarks: [],
    matchedLineId: line.id,
  }));

const REMARK = /^(M|MA|N)\d{1,3}$/;

/**
 * The decision billing posts (claim.adjudicated), from a payment whose lines are matched to the claim's, as the payer
 * sent it: the outbox checks it against the contract when its event is built, and one the contract refuses (one that
 * does not balance against the claim's lines) is left for a clerk with the reason.
 */
export const adjudicationOf = (
  claim: Claim,
  payment: ClaimPaymentRecord,
  claimLines: readonly ClaimLine[],
  decided: Pick<Adjudication, 'adjudicationId' | 'patientShareHeldForPayerId'>,
): UncheckedAdjudication => {
  const paidLines = payment.lines.length > 0 ? payment.lines : wholeClaimLines(claimLines);
  const chargeOf = (line: StoredLinePayment) => claimLines.find(({ id }) => id === line.matchedLineId);
  const remarks = [...new Set([...payment.remarks, ...paidLines.flatMap((line) => line.remarks)])];
  return {
    ...decided,
    claimId: claim.id,
    visitId: claim.visitId,
    patientId: claim.patientId,
    payerId: claim.payerId,
    currency: claim.currency,
    payerClaimControlNumber: payment.payerClaimControlNumber || null,
    claimStatus: decidedStatusOf(payment),
    paidMinor: payment.paidMinor,
    lines: paidLines.map((line) => ({
      chargeId: chargeOf(line)?.chargeId,
      procedureCode: chargeOf(line)?.procedureCode,
      chargeMinor: line.chargeMinor,
      paidMinor: line.paidMinor,
      adjustments: line.adjustments,
    })),
    adjustments: payment.adjustments,
    remarks: remarks.filter((remark) => REMARK.test(remark)),
  };
};
