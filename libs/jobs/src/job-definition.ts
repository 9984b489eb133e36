import { z } from 'zod';
import { InvalidJobDefinitionError, InvalidJobPayloadError } from './job-errors';
import { QueueName } from './queue-name';

/** What every job carries, so the worker can restore the clinic's context before touching data. */
export interface TenantJobPayload {
  tenantId: string;
}

export type JobPayloadSchema = z.ZodType<TenantJobPayload, z.ZodTypeDef, unknown>;

/** One job type: its name (= its handler's class name), its queue and the schema of its payload. */
export interface JobDefinition<TName extends string = string, TSchema extends JobPayloadSchema = JobPayloadSchema> {
  readonly name: TName;
  readonly queue: QueueName;
  readonly payload: TSchema;
}

export type PayloadOf<D extends JobDefinition> = z.infer<D['payload']>;

/** The discriminated union of a service's jobs, by name: what its queues may hold. */
export type JobUnion<Ds extends readonly JobDefinition[]> = {
  [K in keyof Ds]: { name: Ds[K]['name']; payload: PayloadOf<Ds[K]> };
}[number];

const CLASS_NAME = /^[A-Z][A-Za-z0-9]*$/;

export const defineJob = <TName extends string, TSchema extends JobPayloadSchema>(
  definition: JobDefinition<TName, TSchema>,
): JobDefinition<TName, TSchema> => {
  if (!CLASS_NAME.test(definition.name)) throw new InvalidJobDefinitionError(definition.name);
  return Object.freeze({ ...definition });
};

const issuesOf = (error: z.ZodError): string[] =>
  error.issues.map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`);

export const parsePayload = <D extends JobDefinition>(definition: D, payload: unknown): PayloadOf<D> => {
  const parsed = definition.payload.safeParse(payload);
  if (!parsed.success) throw new InvalidJobPayloadError(definition.name, issuesOf(parsed.error));
  return parsed.data as PayloadOf<D>;
};

/**
 * BullMQ rejects custom ids containing ':' (it reserves them for repeatable jobs), yet natural keys such as
 * `reminder:<appointmentId>` contain one: the key is URI-encoded, which keeps distinct keys distinct.
 */
export const jobIdOf = (definition: JobDefinition, jobKey: string): string =>
  `${definition.name}/${encodeURIComponent(jobKey)}`;
