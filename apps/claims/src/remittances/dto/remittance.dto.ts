import { ApiProperty } from '@nestjs/swagger';
import { PageOf, PageQuery, OmittableButNotNull } from '@praxis/platform';
import { IsIn, IsUUID } from 'class-validator';
import { claimPaymentPostings } from '../claim-payment.entity';
import type { ClaimPaymentPosting } from '../claim-payment.entity';
import { remittanceStatuses } from '../remittance.entity';
import type { RemittanceStatus } from '../remittance.entity';

export class AdjustmentView {
  /** CO contractual, PR patient responsibility, OA other, PI payer-initiated. */
  group: string;
  /** The group in words. */
  groupText: string;
  /** The claim adjustment reason code (CARC). */
  reason: string;
  /** The reason in the CARC list's words; a code the list Praxis carries lacks reads "reason code <code>". */
  reasonText: string;
  /** Signed as the payer sent it: positive reduces the payment. */
  amountMinor: number;
}

/** PLB: money the payer took or gave the clinic itself (interest, recoupment, a forwarded balance). */
export class ProviderAdjustmentView {
  /** PLB03-1, e.g. L6 interest, WO overpayment recovery, FB forwarding balance. */
  reason: string;
  /** PLB03-2, often the claim the money refers to. */
  reference: string | null;
  /** Positive takes money from the payment, negative adds to it. */
  amountMinor: number;
}

export class LinePaymentView {
  procedureCode: string;
  modifiers: string[];
  /** SVC06: the code as billed, when the payer paid it under another one. */
  billedProcedureCode: string | null;
  chargeMinor: number;
  paidMinor: number;
  serviceDate: string | null;
  /** REF*6R, as the 837 sent it. */
  lineControlNumber: string | null;
  adjustments: AdjustmentView[];
  /** LQ*HE remark codes (RARC). */
  remarks: string[];
  /** Each remark in the RARC list's words, in the order of `remarks`. */
  remarkTexts: string[];
  /** The claim line it answers, once matched. */
  matchedLineId: string | null;
}

export class ClaimPaymentView {
  /** Null in a preview, where nothing is stored. */
  id: string | null;
  /** CLP01. */
  patientControlNumber: string;
  /** CLP02: 1, 2, 3 processed as primary, secondary, tertiary; 4 denied; 22 reversal; 19-21 forwarded... */
  status: string;
  chargeMinor: number;
  paidMinor: number;
  patientResponsibilityMinor: number | null;
  /** CLP07. */
  payerClaimControlNumber: string;
  /** Claim-level adjustments (loop 2100). */
  adjustments: AdjustmentView[];
  /** MOA remark codes. */
  remarks: string[];
  /** Each remark in the RARC list's words, in the order of `remarks`. */
  remarkTexts: string[];
  lines: LinePaymentView[];
  /** The claim it was matched to; null when no claim could be named. */
  matchedClaimId: string | null;
  /**
   * What was done with it: adjudicated (posted), reversal (an earlier decision taken back), unmatched (waits for a
   * clerk), held (its transaction does not balance). Null in a preview.
   */
  @ApiProperty({ enum: claimPaymentPostings, nullable: true })
  posting: ClaimPaymentPosting | null;
  /** Why it could not be posted by itself. */
  unmatchedReason: string | null;
}

export class ImbalanceView {
  @ApiProperty({ enum: ['line', 'claim', 'payment'] })
  level: 'line' | 'claim' | 'payment';
  claimIndex: number | null;
  lineIndex: number | null;
  expectedMinor: number;
  actualMinor: number;
  message: string;
}

/** One 835 transaction set: one payment with the claims it pays. */
export class RemittanceTransactionView {
  /** Null in a preview; the stored remittance otherwise (the earlier one, for a duplicate). */
  id: string | null;
  /** TRN02: the check or EFT trace number. */
  traceNumber: string;
  /** TRN03. */
  payerIdentifier: string;
  payerName: string;
  /** BPR02. */
  paymentAmountMinor: number;
  currency: string;
  /** BPR04: ACH, CHK, BOP, FWT or NON. */
  paymentMethod: string;
  paymentDate: string;
  /** False for BPR01 H or BPR04 NON: the decisions are recorded and no deposit is made. */
  movesMoney: boolean;
  payeeNpi: string | null;
  payeeTaxId: string | null;
  /** Whether every line, claim and the payment add up; an unbalanced transaction is quarantined. */
  balanced: boolean;
  imbalances: ImbalanceView[];
  /** True when the same payment (trace number, payer identifier and payer) was received before: nothing changed. */
  duplicate: boolean;
  /** Null in a preview. */
  @ApiProperty({ enum: remittanceStatuses, nullable: true })
  status: RemittanceStatus | null;
  providerAdjustments: ProviderAdjustmentView[];
  claims: ClaimPaymentView[];
}

/** What an 835 file holds, one entry per transaction set (ST). */
export class RemittanceFileView {
  transactions: RemittanceTransactionView[];
}

export class RemittanceQuery extends PageQuery {
  /** quarantined lists the payments that do not balance. */
  @OmittableButNotNull() @IsIn(remittanceStatuses) status?: RemittanceStatus;
}

export class RemittancePage extends PageOf(RemittanceTransactionView) {}

/** A claim payment waiting for a clerk, with the payment it came in. */
export class UnmatchedClaimPaymentView extends ClaimPaymentView {
  remittanceId: string;
  traceNumber: string;
  payerName: string;
  paymentDate: string;
  receivedAt: Date;
  createdAt: Date;
}

export class UnmatchedClaimPaymentPage extends PageOf(UnmatchedClaimPaymentView) {}

/** The clerk names the claim an unmatched payment answers. */
export class MatchClaimPaymentDto {
  @IsUUID() claimId: string;
}
