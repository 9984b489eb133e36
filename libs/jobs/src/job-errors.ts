import { UnrecoverableError } from 'bullmq';

/** A job definition that cannot be used: its name is not a class name, so no handler could match it. */
export class InvalidJobDefinitionError extends Error {
  constructor(readonly jobName: string) {
    super(`job name "${jobName}" must be the handler's class name (PascalCase letters and digits)`);
  }
}

/** Payload that does not match its job's schema, at enqueue or at processing. */
export class InvalidJobPayloadError extends Error {
  constructor(
    readonly jobName: string,
    readonly issues: string[],
  ) {
    super(`invalid payload for job ${jobName}: ${issues.join('; ')}`);
  }
}

/** Start-up check: every job needs exactly one handler and every handler a registered job. */
export class JobHandlersMisconfiguredError extends Error {
  constructor(readonly problems: string[]) {
    super(`background jobs are misconfigured:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/** A job or queue that this service's JobsModule.forRoot({ jobs }) does not know. */
export class UnknownJobError extends Error {
  constructor(what: string) {
    super(`${what} is not registered in JobsModule.forRoot({ jobs })`);
  }
}

/** A request of one clinic tried to enqueue work for another. */
export class CrossTenantJobError extends Error {
  constructor(
    readonly jobName: string,
    readonly contextTenantId: string,
    readonly payloadTenantId: string,
  ) {
    super(`job ${jobName} for tenant ${payloadTenantId} cannot be enqueued from tenant ${contextTenantId}'s context`);
  }
}

/** A delayed job asked for a time that is not a time. */
export class InvalidScheduleError extends Error {
  constructor(jobName: string) {
    super(`job ${jobName} needs a finite delayMs or a valid runAt`);
  }
}

/** Cancelling or rescheduling a job while a worker is running it: the run cannot be taken back. */
export class JobInProgressError extends Error {
  constructor(readonly jobId: string) {
    super(`job ${jobId} is running and cannot be cancelled or rescheduled`);
  }
}

/** Options of JobsModule.forRoot that cannot work (no Redis URL, zero concurrency...). */
export class InvalidJobsOptionsError extends Error {
  constructor(issues: string[]) {
    super(`invalid JobsModule options: ${issues.join('; ')}`);
  }
}

/**
 * Thrown by a handler when retrying cannot help (the appointment was cancelled, the payer rejected the claim
 * for good): the job fails at once instead of using up its attempts.
 */
export class PermanentJobError extends UnrecoverableError {}

export const reasonOf = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);
