import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TenantContext } from '@praxis/tenancy';
import { failedJobFrom, FailedJob } from './failed-jobs';
import { JobDefinition, jobIdOf, parsePayload, PayloadOf } from './job-definition';
import { JobEnvelope } from './job-envelope';
import { CrossTenantJobError, InvalidScheduleError, JobInProgressError } from './job-errors';
import { JobQueues } from './job-queues';
import { JobRegistry } from './job-registry';
import { QueueName } from './queue-name';

/** The caller's natural key (`reminder:<appointmentId>`): one job per key, so enqueueing twice is harmless. */
export interface JobKeyOptions {
  jobKey: string;
}

export type ScheduleOptions = JobKeyOptions & ({ delayMs: number } | { runAt: Date });

export interface RepeatOptions extends JobKeyOptions {
  everyMs: number;
}

/** A cron pattern read on a wall clock: `0 5 * * *` in America/Chicago runs at 05:00 there, DST or not. */
export interface CalendarRepeatOptions extends JobKeyOptions {
  cron: string;
  timeZone: string;
}

const MAX_FAILED_JOBS_PAGE = 500;

const PENDING_STATES: ReadonlySet<string> = new Set([
  'waiting',
  'prioritized',
  'delayed',
  'waiting-children',
  'active',
]);

const delayOf = (definition: JobDefinition, options: ScheduleOptions): number => {
  const delayMs = 'runAt' in options ? options.runAt.getTime() - Date.now() : options.delayMs;
  if (!Number.isFinite(delayMs)) throw new InvalidScheduleError(definition.name);
  // A time already past runs at once: the caller decides whether a late run still makes sense.
  return Math.max(0, Math.round(delayMs));
};

/** Enqueues, schedules, cancels and repeats background jobs; validates every payload before it reaches Redis. */
@Injectable()
export class Jobs {
  constructor(
    private readonly queues: JobQueues,
    private readonly registry: JobRegistry,
    private readonly tenantContext: TenantContext,
  ) {}

  async enqueue<D extends JobDefinition>(job: D, payload: PayloadOf<D>, options: JobKeyOptions): Promise<string> {
    return this.add(job, this.envelopeFor(job, payload), options.jobKey, 0);
  }

  async schedule<D extends JobDefinition>(job: D, payload: PayloadOf<D>, options: ScheduleOptions): Promise<string> {
    return this.add(job, this.envelopeFor(job, payload), options.jobKey, delayOf(job, options));
  }

  /** Removes a waiting or delayed job; false when there was none. A running job cannot be cancelled. */
  async cancel(job: JobDefinition, jobKey: string): Promise<boolean> {
    this.registry.assertRegistered(job);
    const queue = this.queues.queue(job.queue);
    const jobId = jobIdOf(job, jobKey);
    if (!(await queue.getJob(jobId))) return false;
    if ((await queue.remove(jobId)) === 0) throw new JobInProgressError(jobId);
    return true;
  }

  /** Moves a job to a new time (and payload): removal then a fresh add under the same id, so it still runs once. */
  async reschedule<D extends JobDefinition>(job: D, payload: PayloadOf<D>, options: ScheduleOptions): Promise<string> {
    const envelope = this.envelopeFor(job, payload);
    const delayMs = delayOf(job, options);
    await this.cancel(job, options.jobKey);
    return this.add(job, envelope, options.jobKey, delayMs);
  }

  /** Runs the job every `everyMs` until stopped; calling it again with the same key updates, never duplicates. */
  async repeatEvery<D extends JobDefinition>(job: D, payload: PayloadOf<D>, options: RepeatOptions): Promise<void> {
    if (!Number.isInteger(options.everyMs) || options.everyMs <= 0) throw new InvalidScheduleError(job.name);
    const envelope = this.envelopeFor(job, payload);
    const schedulerId = jobIdOf(job, options.jobKey);
    await this.queues
      .queue(job.queue)
      .upsertJobScheduler(schedulerId, { every: options.everyMs }, { name: job.name, data: envelope });
  }

  /** Like repeatEvery, on a calendar in the given zone rather than at a fixed interval. */
  async repeatOnCalendar<D extends JobDefinition>(
    job: D,
    payload: PayloadOf<D>,
    options: CalendarRepeatOptions,
  ): Promise<void> {
    const envelope = this.envelopeFor(job, payload);
    await this.queues
      .queue(job.queue)
      .upsertJobScheduler(
        jobIdOf(job, options.jobKey),
        { pattern: options.cron, tz: options.timeZone },
        { name: job.name, data: envelope },
      );
  }

  async stopRepeating(job: JobDefinition, jobKey: string): Promise<boolean> {
    this.registry.assertRegistered(job);
    return this.queues.queue(job.queue).removeJobScheduler(jobIdOf(job, jobKey));
  }

  /** Whether the job is still to run or running now; false once it completed or failed for good, or was never added. */
  async isPending(job: JobDefinition, jobKey: string): Promise<boolean> {
    this.registry.assertRegistered(job);
    const state = await this.queues.queue(job.queue).getJobState(jobIdOf(job, jobKey));
    return PENDING_STATES.has(state);
  }

  /** Newest first: what an admin needs to see why work did not happen. */
  async failedJobs(queue: QueueName, limit = 50): Promise<FailedJob[]> {
    const pageSize = Math.min(Math.max(1, Math.floor(limit)), MAX_FAILED_JOBS_PAGE);
    const failed = await this.queues.queue(queue).getFailed(0, pageSize - 1);
    return failed.map(failedJobFrom);
  }

  private envelopeFor<D extends JobDefinition>(job: D, payload: PayloadOf<D>): JobEnvelope<PayloadOf<D>> {
    this.registry.assertRegistered(job);
    const validPayload = parsePayload(job, payload);
    const contextTenantId = this.tenantContext.actor.tenantId;
    if (contextTenantId && contextTenantId !== validPayload.tenantId) {
      throw new CrossTenantJobError(job.name, contextTenantId, validPayload.tenantId);
    }
    return { payload: validPayload, correlationId: this.tenantContext.requestId ?? randomUUID() };
  }

  private async add(job: JobDefinition, envelope: JobEnvelope, jobKey: string, delayMs: number): Promise<string> {
    const jobId = jobIdOf(job, jobKey);
    await this.queues.queue(job.queue).add(job.name, envelope, { jobId, delay: delayMs });
    return jobId;
  }
}
