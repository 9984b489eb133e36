import { serviceConfigSchema } from '@praxis/platform';
import { z } from 'zod';
import { claimsProductionConfigSchema, gatewayConfigSchema, identityConfigSchema } from './code-under-check';

/** The schema each service's main.ts parses its environment with, as it reads it in production. */
const CONFIG_SCHEMAS: Record<string, z.AnyZodObject> = {
  gateway: gatewayConfigSchema,
  identity: identityConfigSchema,
  scheduling: serviceConfigSchema,
  billing: serviceConfigSchema,
  claims: claimsProductionConfigSchema,
  training: serviceConfigSchema,
};

/** Variables a service refuses to start without: schema fields that are neither optional nor defaulted. */
export const requiredEnvironmentOf = (service: string): string[] => {
  const schema = CONFIG_SCHEMAS[service];
  if (!schema) throw new Error(`no configuration schema is known for "${service}": add it to CONFIG_SCHEMAS`);
  return Object.entries(schema.shape as Record<string, z.ZodTypeAny>)
    .filter(([, field]) => !field.isOptional())
    .map(([name]) => name);
};
