import { serviceConfigSchema } from '@praxis/platform';
import { z } from 'zod';

/** What claims reads; in production every field without a default must be named by the operator. */
export const claimsProductionConfigSchema = serviceConfigSchema.extend({
  /** Where claim files go and replies are collected: the clearinghouse's API. */
  CLEARINGHOUSE_URL: z.string().url(),
  /** ISA15: T (test) while the clearinghouse is a sandbox, P (production) for a real one. */
  CLEARINGHOUSE_USAGE: z.enum(['T', 'P']),
  /** How often each clinic's mailbox is read for 999s and 277CAs. */
  CLEARINGHOUSE_POLL_MS: z.coerce.number().int().min(100).default(60_000),
  /** Redis key prefix of claims' job queues; tests give each file its own so parallel runs share one Redis safely. */
  JOBS_PREFIX: z
    .string()
    .regex(/^[\w.-]+$/)
    .default('praxis'),
  /** PER*IC of every claim file: whom the clearinghouse contacts about a file Praxis sent. */
  EDI_CONTACT_NAME: z.string().min(1).max(60),
  EDI_CONTACT_PHONE: z.string().regex(/^\d{10}$/),
});

/**
 * The sandbox clearinghouse `npm start` runs and a made-up contact: right on one machine, wrong in production, where a
 * real clearinghouse would receive test files from a phone number nobody answers.
 */
const OUTSIDE_PRODUCTION: Readonly<Record<string, string>> = {
  CLEARINGHOUSE_URL: 'http://127.0.0.1:3006',
  CLEARINGHOUSE_USAGE: 'T',
  EDI_CONTACT_NAME: 'PRAXIS EDI SUPPORT',
  EDI_CONTACT_PHONE: '8005550100',
};

const withDefaultsOutsideProduction = (environment: unknown): unknown => {
  const variables = environment as Record<string, unknown>;
  if (variables.NODE_ENV === 'production') return variables;
  const defaults = Object.entries(OUTSIDE_PRODUCTION).map(([name, value]) => [name, variables[name] ?? value]);
  return { ...variables, ...Object.fromEntries(defaults) };
};

export const claimsConfigSchema = z.preprocess(withDefaultsOutsideProduction, claimsProductionConfigSchema);

export type ClaimsConfig = z.infer<typeof claimsConfigSchema>;
