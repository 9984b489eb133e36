import { serviceConfigSchema } from '@praxis/platform';
import { z } from 'zod';

export const claimsConfigSchema = serviceConfigSchema.extend({
  /** Where claim files go and replies are collected: the sandbox clearinghouse `npm start` runs, by default. */
  CLEARINGHOUSE_URL: z.string().url().default('http://127.0.0.1:3006'),
  /** ISA15: T (test) while the clearinghouse is a sandbox, P (production) for a real one. */
  CLEARINGHOUSE_USAGE: z.enum(['T', 'P']).default('T'),
  /** How often each clinic's mailbox is read for 999s and 277CAs. */
  CLEARINGHOUSE_POLL_MS: z.coerce.number().int().min(100).default(60_000),
  /** Redis key prefix of claims' job queues; tests give each file its own so parallel runs share one Redis safely. */
  JOBS_PREFIX: z
    .string()
    .regex(/^[\w.-]+$/)
    .default('praxis'),
  /** PER*IC of every claim file: whom the clearinghouse contacts about a file Praxis sent. */
  EDI_CONTACT_NAME: z.string().min(1).max(60).default('PRAXIS EDI SUPPORT'),
  EDI_CONTACT_PHONE: z
    .string()
    .regex(/^\d{10}$/)
    .default('8005550100'),
});

export type ClaimsConfig = z.infer<typeof claimsConfigSchema>;
