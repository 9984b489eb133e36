import { Job } from 'bullmq';
import { JobEnvelope } from './job-envelope';

/** A job that used up its attempts (or failed for good), as an admin screen may show it: no payload details. */
export interface FailedJob {
  id: string;
  name: string;
  tenantId?: string;
  failedReason: string;
  attemptsMade: number;
  enqueuedAt: Date;
  lastStartedAt?: Date;
  failedAt?: Date;
}

const dateOf = (epochMs: number | undefined): Date | undefined => (epochMs ? new Date(epochMs) : undefined);

const tenantIdOf = (data: unknown): string | undefined => {
  const tenantId = (data as Partial<JobEnvelope> | undefined)?.payload?.tenantId;
  return typeof tenantId === 'string' ? tenantId : undefined;
};

export const failedJobFrom = (job: Job): FailedJob => ({
  id: job.id ?? '',
  name: job.name,
  tenantId: tenantIdOf(job.data),
  failedReason: job.failedReason,
  attemptsMade: job.attemptsMade,
  enqueuedAt: new Date(job.timestamp),
  lastStartedAt: dateOf(job.processedOn),
  failedAt: dateOf(job.finishedOn),
});
