import { serviceConfigSchema } from '@praxis/platform';
import { z } from 'zod';

export const billingConfigSchema = serviceConfigSchema.extend({
  /** Where card payments go; the sandbox is built in and approves or declines by the card processors' test numbers. */
  PAYMENT_PROCESSOR: z.enum(['sandbox']).default('sandbox'),
});

export type BillingConfig = z.infer<typeof billingConfigSchema>;
