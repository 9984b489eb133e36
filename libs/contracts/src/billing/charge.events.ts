import { currencies, DIAGNOSIS_CODE_PATTERN, PROCEDURE_CODE_PATTERN, PROCEDURE_MODIFIER_PATTERN } from '@praxis/domain';
import { z } from 'zod';
import { defineEvent } from '../envelope/event-contract';
import { Topic } from '../topics';

const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A released charge line, with what claims needs to bill it without reading billing's database. */
const charge = z.object({
  chargeId: z.string().uuid(),
  visitId: z.string().uuid(),
  patientId: z.string().uuid(),
  providerId: z.string().uuid(),
  locationId: z.string().uuid(),
  dateOfService: calendarDate,
  procedureCode: z.string().regex(PROCEDURE_CODE_PATTERN),
  modifiers: z.array(z.string().regex(PROCEDURE_MODIFIER_PATTERN)).max(4),
  units: z.number().int().positive(),
  diagnoses: z.array(z.string().regex(DIAGNOSIS_CODE_PATTERN)).min(1).max(4),
  amountMinor: z.number().int().nonnegative(),
  currency: z.enum(currencies),
  /** insurance: claims bills the payer named; patient: a self-pay visit, billed to the patient. */
  billTo: z.enum(['insurance', 'patient']),
  payerId: z.string().min(1).nullable(),
});

export const ChargePosted = defineEvent({
  type: 'charge.posted',
  version: 1,
  topic: Topic.BillingCharges,
  payload: charge,
});

/** A posted charge taken back by the exact reversal of its posting; the line that corrects it follows as charge.posted. */
export const ChargeVoided = defineEvent({
  type: 'charge.voided',
  version: 1,
  topic: Topic.BillingCharges,
  payload: z.object({
    chargeId: z.string().uuid(),
    visitId: z.string().uuid(),
    patientId: z.string().uuid(),
    amountMinor: z.number().int().nonnegative(),
    currency: z.enum(currencies),
    billTo: z.enum(['insurance', 'patient']),
    payerId: z.string().min(1).nullable(),
    /** The charge posted in its place. */
    correctedByChargeId: z.string().uuid(),
  }),
});
