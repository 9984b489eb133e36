import { Injectable, Type } from '@nestjs/common';
import { JobDefinition, PayloadOf, TenantJobPayload } from './job-definition';

/** What a handler may know about the run in progress, besides its payload. */
export interface JobContext {
  jobId: string;
  jobName: string;
  /** 1 on the first run, then 2, 3... up to the retry policy's attempts. */
  attempt: number;
  correlationId: string;
}

export interface JobHandler<TPayload extends TenantJobPayload = TenantJobPayload> {
  handle(payload: TPayload, context: JobContext): Promise<void>;
}

const handledJobs = new WeakMap<Type<unknown>, JobDefinition>();

/** Marks an injectable class as the handler of one job type; the class name must be the job's name. */
export const HandlesJob =
  <D extends JobDefinition>(definition: D) =>
  (handler: Type<JobHandler<PayloadOf<D>>>): void => {
    Injectable()(handler);
    handledJobs.set(handler, definition);
  };

export const jobHandledBy = (handler: Type<unknown>): JobDefinition | undefined => handledJobs.get(handler);
