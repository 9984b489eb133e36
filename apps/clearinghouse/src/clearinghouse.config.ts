import { metricsPortSchema, portSchema } from '@praxis/platform';
import { z } from 'zod';

const listOf = (pattern: RegExp) =>
  z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(pattern)));

/** A claim adjustment reason code as published (CARC): digits, or a letter and digits (A1, B7...). */
export const CARC = /^[A-Z]?\d{1,3}$/;

const minorUnits = z.coerce.number().int().min(0).max(100_000_000).default(0);
const delay = z.coerce.number().int().min(0).max(3_600_000).default(0);

/** The sandbox's starting rules; the admin endpoint changes them while it runs. */
export const clearinghouseConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: portSchema,
  METRICS_PORT: metricsPortSchema,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** How long a reply waits before it shows in the mailbox, as a real clearinghouse's batch cycle would. */
  CLEARINGHOUSE_REPLY_DELAY_MS: z.coerce.number().int().min(0).default(0),
  /** What the payers accept as a member id; any other is refused in the 999. */
  CLEARINGHOUSE_MEMBER_ID_PATTERN: z.string().default('^[A-Za-z0-9]{2,20}$'),
  /** Member ids no payer knows: their claims are rejected in the 277CA. */
  CLEARINGHOUSE_UNKNOWN_MEMBER_IDS: listOf(/^[\w-]+$/),
  /** Billing providers no payer has enrolled: all their claims are rejected at the provider level. */
  CLEARINGHOUSE_REJECTED_BILLING_NPIS: listOf(/^\d{10}$/),
  /** The 835's terms: the share of each charge the payers allow, the coinsurance of that, procedures not covered. */
  CLEARINGHOUSE_ALLOWED_PERCENT: z.coerce.number().int().min(0).max(100).default(80),
  CLEARINGHOUSE_COINSURANCE_PERCENT: z.coerce.number().int().min(0).max(100).default(20),
  CLEARINGHOUSE_DEDUCTIBLE_MINOR: minorUnits,
  CLEARINGHOUSE_COPAY_MINOR: minorUnits,
  CLEARINGHOUSE_DENIED_PROCEDURE_CODES: listOf(/^[0-9A-Z]{5}$/),
  CLEARINGHOUSE_DENIAL_REASON_CODE: z.string().regex(CARC).default('96'),
  CLEARINGHOUSE_REMITTANCE_DELAY_MS: delay,
  CLEARINGHOUSE_INTEREST_MINOR: minorUnits,
  CLEARINGHOUSE_RECOUPMENT_MINOR: minorUnits,
  /** Unset: no payer changes its mind. Set: each decision is later reversed and decided again at this share. */
  CLEARINGHOUSE_CORRECTED_ALLOWED_PERCENT: z.coerce.number().int().min(0).max(100).optional(),
  CLEARINGHOUSE_CORRECTION_DELAY_MS: delay,
});

export type ClearinghouseConfig = z.infer<typeof clearinghouseConfigSchema>;
