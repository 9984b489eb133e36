import { serviceConfigSchema } from '@praxis/platform';
import { z } from 'zod';

export const billingConfigSchema = serviceConfigSchema;

export type BillingConfig = z.infer<typeof billingConfigSchema>;
