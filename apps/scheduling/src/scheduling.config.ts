import { serviceConfigSchema } from '@praxis/platform';
import { z } from 'zod';

export const schedulingConfigSchema = serviceConfigSchema.extend({
  /** How long before a visit the patient is reminded. */
  REMINDER_LEAD_MINUTES: z.coerce.number().int().min(0).max(10_080).default(1_440),
});

export type SchedulingConfig = z.infer<typeof schedulingConfigSchema>;
export const SCHEDULING_CONFIG = Symbol('SCHEDULING_CONFIG');
