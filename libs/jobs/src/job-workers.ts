import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { TenantContext } from '@praxis/tenancy';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import Redis from 'ioredis';
import { JobDefinition, parsePayload } from './job-definition';
import { closeOnceReady } from './close-once-ready';
import { InvalidJobPayloadError, reasonOf } from './job-errors';
import { JobContext, JobHandler } from './job-handler';
import { JobRegistry } from './job-registry';
import { JOBS_SETTINGS, JobsSettings } from './jobs-settings';
import { JobEnvelope } from './job-envelope';
import { QueueName } from './queue-name';

/**
 * The consumer side: one worker per queue, started once every module is initialised and closed first on
 * shutdown (letting running jobs finish). Each run restores its clinic's tenant context before the handler.
 */
@Injectable()
export class JobWorkers implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobWorkers.name);
  private readonly handlers = new Map<string, JobHandler>();
  private readonly workers: Worker[] = [];
  private connection?: Redis;

  constructor(
    @Inject(JOBS_SETTINGS) private readonly settings: JobsSettings,
    private readonly registry: JobRegistry,
    private readonly tenantContext: TenantContext,
    private readonly moduleRef: ModuleRef,
  ) {}

  onApplicationBootstrap(): void {
    for (const { definition, handler } of this.registry.registrations) {
      this.handlers.set(definition.name, this.moduleRef.get(handler));
    }
    // BullMQ workers block on Redis and must retry for ever rather than give up on a slow command.
    const connection = new Redis(this.settings.redisUrl, { maxRetriesPerRequest: null });
    this.connection = connection;
    for (const queueName of this.registry.queueNames) this.workers.push(this.startWorker(queueName, connection));
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.workers.map((worker) => closeOnceReady(worker)));
    this.workers.length = 0;
    await this.connection?.quit();
    this.connection = undefined;
  }

  private startWorker(queueName: QueueName, connection: Redis): Worker {
    const worker = new Worker<JobEnvelope>(queueName, (job) => this.run(job), {
      connection,
      prefix: this.settings.prefix,
      concurrency: this.settings.concurrency,
    });
    worker.on('failed', (job, error) => this.logFailure(queueName, job, error));
    worker.on('error', (error) => this.logger.error({ queue: queueName, reason: reasonOf(error) }, 'job worker error'));
    return worker;
  }

  private async run(job: Job<JobEnvelope>): Promise<void> {
    const registration = this.registry.find(job.name);
    const handler = this.handlers.get(job.name);
    if (!registration || !handler)
      throw new UnrecoverableError(`no handler for job ${job.name} in queue ${job.queueName}`);
    const payload = this.validPayloadOf(job, registration.definition);
    const correlationId = job.data.correlationId ?? job.id ?? job.name;
    const context: JobContext = {
      jobId: job.id ?? '',
      jobName: job.name,
      attempt: job.attemptsMade + 1,
      correlationId,
    };
    await this.tenantContext.runAs({ tenantId: payload.tenantId, roles: [] }, correlationId, () =>
      handler.handle(payload, context),
    );
  }

  /** A payload that fails its schema now will fail it on every retry: the job fails at once, with the reason. */
  private validPayloadOf(job: Job<JobEnvelope>, definition: JobDefinition) {
    try {
      return parsePayload(definition, job.data?.payload);
    } catch (error) {
      if (error instanceof InvalidJobPayloadError) throw new UnrecoverableError(error.message);
      throw error;
    }
  }

  private logFailure(queueName: QueueName, job: Job<JobEnvelope> | undefined, error: Error): void {
    const details = {
      queue: queueName,
      job: job?.name,
      jobId: job?.id,
      tenantId: job?.data?.payload?.tenantId,
      attemptsMade: job?.attemptsMade,
      reason: reasonOf(error),
    };
    this.logger.warn(details, 'job run failed');
  }
}
