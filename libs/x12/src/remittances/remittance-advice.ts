import { Money } from '@praxis/domain';
import { Adjustment } from '../adjustments/claim-adjustments';

/** SVC01/SVC06: a procedure as the payer names it, e.g. HC:99213:25 or AD:D0120. */
export interface AdjudicatedProcedure {
  qualifier: string;
  code: string;
  modifiers: string[];
}

/** One service line of a claim payment (2110). Amounts are signed as the payer sent them. */
export interface ServicePayment {
  procedure: AdjudicatedProcedure;
  charge: Money;
  paid: Money;
  units?: number;
  /** SVC06: the procedure as billed, when the payer paid it under another code (bundling). */
  billedProcedure?: AdjudicatedProcedure;
  serviceDate?: string;
  /** REF*6R: the line control number the 837 sent, to match the line. */
  lineControlNumber?: string;
  adjustments: Adjustment[];
  /** AMT*B6. */
  allowed?: Money;
  /** LQ*HE remark codes. */
  remarks: string[];
}

/**
 * CLP02: 1/2/3 processed as primary/secondary/tertiary, 19/20/21 the same and forwarded, 4 denied, 22 reversal of a
 * previous payment, 23 not our claim, 25 predetermination.
 */
export type ClaimPaymentStatus = '1' | '2' | '3' | '4' | '19' | '20' | '21' | '22' | '23' | '25';

/** One claim the payer decided on (2100). */
export interface ClaimPayment {
  /** CLP01: the CLM01 the claim was sent with; not unique within one 835. */
  patientControlNumber: string;
  status: ClaimPaymentStatus;
  charge: Money;
  paid: Money;
  patientResponsibility?: Money;
  /** CLP06, e.g. "12" PPO, "MB" Medicare Part B. */
  claimFilingIndicator: string;
  /** CLP07: the payer's claim number, needed to replace or void the claim. */
  payerClaimControlNumber: string;
  /** CLP09: the frequency the payer decided on. */
  frequency?: string;
  patient?: { last: string; first: string; memberId: string };
  /** Claim-level adjustments; an adjustment sits at claim level or at line level, never both. */
  adjustments: Adjustment[];
  /** AMT*I: interest, already inside `paid`. */
  interest?: Money;
  /** MOA remark codes (MOA03..MOA07). */
  remarks: string[];
  serviceLines: ServicePayment[];
}

/** PLB: money taken or given at provider level; a positive amount reduces the payment, a negative one adds to it. */
export interface ProviderAdjustment {
  providerId: string;
  /** PLB02: the last day of the provider's fiscal year. */
  fiscalPeriodDate: string;
  /** PLB03-1, e.g. "WO" overpayment recovery, "L6" interest, "CV" capital pass-through, "FB" forwarding balance. */
  reason: string;
  /** PLB03-2: what the adjustment refers to, often the claim's CLP07. */
  reference?: string;
  amount: Money;
}

/** One 835 transaction set: one payment (or a notice that no money moves) with the claims it pays. */
export interface RemittanceAdvice {
  /** BPR01: "I" remittance with payment, "H" notification only, "C" payment with remittance sent apart... */
  handling: string;
  /** BPR02: may be zero; no money moves when BPR01 is H or BPR04 is NON. */
  paymentAmount: Money;
  /** BPR04: "ACH", "CHK", "BOP", "FWT" or "NON". */
  paymentMethod: string;
  /** BPR16: the check date or the date the money settles. */
  paymentDate: string;
  /** TRN02: the check or EFT trace number; with TRN03 and the payer, the key that detects a repeat. */
  traceNumber: string;
  /** TRN03: the payer's identifier ("1" + its tax id, usually). */
  originatorId: string;
  /** DTM*405. */
  productionDate?: string;
  payer: { name: string; id?: string };
  /** N1*PE: the payee's name and id (NPI with XX, tax id with FI). */
  payee: { name: string; idQualifier: string; id: string };
  claims: ClaimPayment[];
  providerAdjustments: ProviderAdjustment[];
}

/** BPR01 H or BPR04 NON: the 835 records decisions, and no deposit should be created. */
export const movesNoMoney = (remittance: RemittanceAdvice): boolean =>
  remittance.handling === 'H' || remittance.paymentMethod === 'NON';
