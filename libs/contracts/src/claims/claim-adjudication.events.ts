import { currencies, PROCEDURE_CODE_PATTERN } from '@praxis/domain';
import { z } from 'zod';
import { defineEvent } from '../envelope/event-contract';
import { Topic } from '../topics';

/**
 * The 835's CAS groups: CO contractual (never billed to the patient), PR patient responsibility, OA other,
 * PI payer-initiated reduction, CR correction (4010 only, still sent by some payers).
 */
export const adjustmentGroups = ['CO', 'PR', 'OA', 'PI', 'CR'] as const;
export type AdjustmentGroup = (typeof adjustmentGroups)[number];

/** Claim adjustment reason codes: numeric (1, 45, 253) or a letter and digits (A1, B7, P12). */
const CLAIM_ADJUSTMENT_REASON_PATTERN = /^(\d{1,3}|[A-Z]\d{1,2})$/;
/** Remittance advice remark codes: M, MA or N and digits (M15, MA01, N130). */
const REMARK_CODE_PATTERN = /^(M|MA|N)\d{1,3}$/;

/** One CAS reason and amount; positive reduces what the payer pays, negative increases it. */
const adjustment = z.object({
  group: z.enum(adjustmentGroups),
  reason: z.string().regex(CLAIM_ADJUSTMENT_REASON_PATTERN),
  amountMinor: z.number().int(),
});

const sumOf = (adjustments: readonly { amountMinor: number }[]) =>
  adjustments.reduce((sum, { amountMinor }) => sum + amountMinor, 0);

const adjudicatedLine = z
  .object({
    chargeId: z.string().uuid(),
    procedureCode: z.string().regex(PROCEDURE_CODE_PATTERN),
    chargeMinor: z.number().int(),
    paidMinor: z.number().int(),
    adjustments: z.array(adjustment),
  })
  .refine((line) => line.chargeMinor - sumOf(line.adjustments) === line.paidMinor, {
    message: 'a line must balance: chargeMinor minus its adjustments equals paidMinor',
  });

/**
 * What a payer decided on a claim (one 835 CLP with its service lines), signed as the payer sent it. It must
 * balance (an unbalanced remittance is never posted): each line's charge less its adjustments is its payment, and
 * the claim's payment is its lines' payments less the claim-level adjustments.
 */
export const ClaimAdjudicated = defineEvent({
  type: 'claim.adjudicated',
  version: 1,
  topic: Topic.ClaimsClaims,
  payload: z
    .object({
      /** Unique per decision posted; billing posts each one once. */
      adjudicationId: z.string().uuid(),
      claimId: z.string().uuid(),
      visitId: z.string().uuid(),
      patientId: z.string().uuid(),
      payerId: z.string().min(1),
      currency: z.enum(currencies),
      /** The payer's own number for the claim (CLP07), when it sent one. */
      payerClaimControlNumber: z.string().min(1).nullable(),
      claimStatus: z.enum(['paid', 'partially_paid', 'denied']),
      paidMinor: z.number().int(),
      lines: z.array(adjudicatedLine).min(1),
      /** Adjustments the payer made to the claim as a whole (CAS in loop 2100), naming no line. */
      adjustments: z.array(adjustment),
      remarks: z.array(z.string().regex(REMARK_CODE_PATTERN)).optional(),
      /**
       * The payer billed next by coverage rank, when there is one: the patient's share (PR) stays owed by insurance
       * until the last payer decides. Absent or null: this payer is the last, and PR is the patient's to pay.
       */
      patientShareHeldForPayerId: z.string().min(1).nullable().optional(),
    })
    .refine(
      (claim) =>
        claim.lines.reduce((sum, line) => sum + line.paidMinor, 0) - sumOf(claim.adjustments) === claim.paidMinor,
      { message: "a claim must balance: its lines' paidMinor less the claim-level adjustments equals paidMinor" },
    ),
});

/** The payer took back an earlier decision (CLP02 22); billing undoes exactly what that decision posted. */
export const ClaimAdjudicationReversed = defineEvent({
  type: 'claim.adjudication-reversed',
  version: 1,
  topic: Topic.ClaimsClaims,
  payload: z.object({
    reversalId: z.string().uuid(),
    /** The claim.adjudicated this takes back. */
    adjudicationId: z.string().uuid(),
    claimId: z.string().uuid(),
    visitId: z.string().uuid(),
    patientId: z.string().uuid(),
  }),
});
