import { serviceConfigSchema } from '@praxis/platform';
import { z } from 'zod';

export const claimsConfigSchema = serviceConfigSchema;

export type ClaimsConfig = z.infer<typeof claimsConfigSchema>;
