import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { closeOnceReady } from './close-once-ready';
import { reasonOf, UnknownJobError } from './job-errors';
import { JobRegistry } from './job-registry';
import { defaultJobOptionsFor, JOBS_SETTINGS, JobsSettings } from './jobs-settings';
import { QueueName } from './queue-name';

/**
 * The producer side: one BullMQ queue per queue name in use. Closed in the last shutdown phase, after the
 * workers, because a handler finishing its run may still enqueue follow-up jobs.
 */
@Injectable()
export class JobQueues implements OnModuleInit, OnApplicationShutdown {
  private connection?: Redis;
  private readonly queues = new Map<QueueName, Queue>();
  private readonly logger = new Logger(JobQueues.name);

  constructor(
    @Inject(JOBS_SETTINGS) private readonly settings: JobsSettings,
    private readonly registry: JobRegistry,
  ) {}

  onModuleInit(): void {
    // Default request retries (not the workers' unlimited ones): enqueueing fails fast when Redis is down.
    const connection = new Redis(this.settings.redisUrl);
    this.connection = connection;
    for (const name of this.registry.queueNames) {
      const queue = new Queue(name, {
        connection,
        prefix: this.settings.prefix,
        defaultJobOptions: defaultJobOptionsFor(this.settings.retry),
      });
      // A connection lost (Redis restarting, or closing at shutdown) is logged; unheard, it would crash the process.
      queue.on('error', (error) => this.logger.error({ queue: name, reason: reasonOf(error) }, 'job queue error'));
      this.queues.set(name, queue);
    }
  }

  queue(name: QueueName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new UnknownJobError(`queue ${name}`);
    return queue;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => closeOnceReady(queue)));
    this.queues.clear();
    await this.connection?.quit();
    this.connection = undefined;
  }
}
