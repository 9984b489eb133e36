import { ModuleMetadata, Type } from '@nestjs/common';
import { DefaultJobOptions } from 'bullmq';
import { z } from 'zod';
import { JobDefinition } from './job-definition';
import { InvalidJobsOptionsError } from './job-errors';
import { JobHandler } from './job-handler';

export const JOBS_SETTINGS = Symbol('JOBS_SETTINGS');

/** Bounded attempts with exponential backoff: a job that keeps failing ends in the failed set, never loops. */
export interface RetryPolicy {
  attempts: number;
  /** Delay before the first retry; each later retry waits twice as long. */
  firstBackoffMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 5, firstBackoffMs: 1_000 };

export interface JobsModuleOptions {
  redisUrl: string;
  jobs: readonly JobDefinition[];
  handlers: readonly Type<JobHandler>[];
  /** Modules that provide what the handlers inject (repositories, use cases). */
  imports?: ModuleMetadata['imports'];
  /** Redis key prefix; tests give each file its own so parallel runs share one Redis safely. */
  prefix?: string;
  /** Jobs one worker runs at a time, per queue. */
  concurrency?: number;
  retry?: RetryPolicy;
}

const settingsSchema = z.object({
  redisUrl: z.string().regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL'),
  prefix: z
    .string()
    .regex(/^[\w.-]+$/, 'letters, digits, ".", "_" or "-" only')
    .default('praxis'),
  concurrency: z.number().int().min(1).max(50).default(2),
  retry: z
    .object({ attempts: z.number().int().min(1).max(25), firstBackoffMs: z.number().int().min(0) })
    .default(DEFAULT_RETRY_POLICY),
});

export type JobsSettings = z.infer<typeof settingsSchema>;

export const jobsSettingsFrom = (options: JobsModuleOptions): JobsSettings => {
  const parsed = settingsSchema.safeParse(options);
  if (!parsed.success)
    throw new InvalidJobsOptionsError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  return parsed.data;
};

const ONE_DAY_SECONDS = 24 * 60 * 60;

/** The one place that decides attempts, backoff and how long finished jobs stay visible. */
export const defaultJobOptionsFor = (retry: RetryPolicy): DefaultJobOptions => ({
  attempts: retry.attempts,
  backoff: { type: 'exponential', delay: retry.firstBackoffMs },
  removeOnComplete: { age: ONE_DAY_SECONDS, count: 1_000 },
  // Failed jobs stay two weeks so the failed-jobs view can show them to an admin.
  removeOnFail: { age: 14 * ONE_DAY_SECONDS },
});
