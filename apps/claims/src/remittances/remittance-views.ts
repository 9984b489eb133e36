import { groupWords, reasonWords, remarkWords } from '../adjudications/reason-code-words';
import type { StoredLinePayment, UnsavedClaimPayment } from './claim-payment.entity';
import type {
  AdjustmentView,
  ClaimPaymentView,
  LinePaymentView,
  RemittanceTransactionView,
} from './dto/remittance.dto';
import type { remittanceRowOf } from './remittance-records';
import type { StoredAdjustment } from './remittance.entity';

type ShownRemittance = ReturnType<typeof remittanceRowOf> & { id?: string };

const adjustmentViewOf = ({ group, reason, amountMinor }: StoredAdjustment): AdjustmentView => ({
  group,
  groupText: groupWords(group),
  reason,
  reasonText: reasonWords(reason),
  amountMinor,
});

const linePaymentViewOf = ({
  billedModifiers: _billedModifiers,
  units: _units,
  adjustments,
  remarks,
  ...line
}: StoredLinePayment): LinePaymentView => ({
  ...line,
  adjustments: adjustments.map(adjustmentViewOf),
  remarks,
  remarkTexts: remarks.map(remarkWords),
});

export const claimPaymentViewOf = (payment: UnsavedClaimPayment, stored: boolean): ClaimPaymentView => ({
  id: stored ? payment.id : null,
  patientControlNumber: payment.patientControlNumber,
  status: payment.statusCode,
  chargeMinor: payment.chargeMinor,
  paidMinor: payment.paidMinor,
  patientResponsibilityMinor: payment.patientResponsibilityMinor,
  payerClaimControlNumber: payment.payerClaimControlNumber,
  adjustments: payment.adjustments.map(adjustmentViewOf),
  remarks: payment.remarks,
  remarkTexts: payment.remarks.map(remarkWords),
  lines: payment.lines.map(linePaymentViewOf),
  matchedClaimId: payment.matchedClaimId,
  posting: stored ? payment.posting : null,
  unmatchedReason: payment.unmatchedReason,
});

/** A transaction set as the API shows it; unsaved (a preview) it has no id, status or postings. */
export const transactionViewOf = (
  remittance: ShownRemittance,
  payments: readonly UnsavedClaimPayment[],
  { duplicate, stored }: { duplicate: boolean; stored: boolean },
): RemittanceTransactionView => ({
  id: stored ? (remittance.id ?? null) : null,
  traceNumber: remittance.traceNumber,
  payerIdentifier: remittance.payerIdentifier,
  payerName: remittance.payerName,
  paymentAmountMinor: remittance.paymentAmountMinor,
  currency: remittance.currency,
  paymentMethod: remittance.paymentMethod,
  paymentDate: remittance.paymentDate,
  movesMoney: remittance.movesMoney,
  payeeNpi: remittance.payeeNpi,
  payeeTaxId: remittance.payeeTaxId,
  balanced: remittance.imbalances.length === 0,
  imbalances: remittance.imbalances,
  duplicate,
  status: stored ? remittance.status : null,
  providerAdjustments: remittance.providerAdjustments.map(({ reason, reference, amountMinor }) => ({
    reason,
    reference,
    amountMinor,
  })),
  claims: [...payments].sort((a, b) => a.position - b.position).map((payment) => claimPaymentViewOf(payment, stored)),
});
