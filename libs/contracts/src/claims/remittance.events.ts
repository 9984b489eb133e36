import { currencies } from '@praxis/domain';
import { z } from 'zod';
import { defineEvent } from '../envelope/event-contract';
import { Topic } from '../topics';

/** PLB03-1 adjustment reason codes: two characters, e.g. L6 interest, WO overpayment recovery, FB forwarding balance. */
const PROVIDER_ADJUSTMENT_REASON_PATTERN = /^[A-Z0-9]{2}$/;

/**
 * Money a payer gave or took at the clinic's own level in one remittance (PLB), never a patient's: interest, a
 * recoupment of an earlier overpayment, a balance forwarded. Amounts are signed as the payer sent them: positive took
 * money from the payment, negative added to it. Billing posts each remittance's adjustments once.
 */
export const RemittanceProviderAdjusted = defineEvent({
  type: 'remittance.provider-adjusted',
  version: 1,
  topic: Topic.ClaimsRemittances,
  payload: z.object({
    remittanceId: z.string().uuid(),
    payerName: z.string().min(1),
    /** TRN02: the check or EFT trace number the adjustments came with. */
    traceNumber: z.string().min(1),
    paymentDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    currency: z.enum(currencies),
    adjustments: z
      .array(
        z.object({
          reason: z.string().regex(PROVIDER_ADJUSTMENT_REASON_PATTERN),
          /** PLB03-2: what the payer says it refers to, often a claim's payer claim number. */
          reference: z.string().min(1).nullable(),
          amountMinor: z.number().int(),
        }),
      )
      .min(1),
  }),
});

/** Every event on the claims.remittances topic: a consumer of the topic must accept them all. */
export const REMITTANCE_EVENTS = [RemittanceProviderAdjusted] as const;
