import { randomUUID } from 'node:crypto';
import { Test, TestingModule } from '@nestjs/testing';
import { TenantContext } from '@praxis/tenancy';
import { sharedInfrastructure } from '@praxis/testing';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { Jobs } from '../src/jobs';
import { JobsModule } from '../src/jobs.module';
import { JobsModuleOptions } from '../src/jobs-settings';
import { QueueName } from '../src/queue-name';
import { clinicJobHandlers, clinicJobs, RecordedRuns, RecordedRunsModule } from './clinic-jobs';

/** Retries that fit in a test: the same policy shape as production, only faster. */
export const FAST_RETRIES = { attempts: 3, firstBackoffMs: 20 };

/** A unique Redis key prefix, so test files running in parallel never see each other's jobs. */
export const aQueuePrefix = (testFile: string): string => `test-${testFile}-${randomUUID().slice(0, 8)}`;

export const jobsModuleFor = (prefix: string, overrides: Partial<JobsModuleOptions> = {}) =>
  JobsModule.forRoot({
    redisUrl: sharedInfrastructure().redisUrl,
    prefix,
    jobs: clinicJobs,
    handlers: clinicJobHandlers,
    imports: [RecordedRunsModule],
    retry: FAST_RETRIES,
    ...overrides,
  });

/** A service with the clinic jobs running against the shared Redis, plus a raw BullMQ view to inspect its queues. */
export class JobsTestApp {
  private readonly inspected = new Map<QueueName, Queue>();

  private constructor(
    private readonly app: TestingModule,
    private readonly prefix: string,
    private readonly connection: Redis,
  ) {}

  static async start(prefix: string): Promise<JobsTestApp> {
    const app = await Test.createTestingModule({ imports: [jobsModuleFor(prefix)] }).compile();
    await app.init();
    return new JobsTestApp(app, prefix, new Redis(sharedInfrastructure().redisUrl));
  }

  get jobs(): Jobs {
    return this.app.get(Jobs);
  }

  get recorded(): RecordedRuns {
    return this.app.get(RecordedRuns);
  }

  get tenantContext(): TenantContext {
    return this.app.get(TenantContext);
  }

  queue(name: QueueName): Queue {
    const queue = this.inspected.get(name) ?? new Queue(name, { connection: this.connection, prefix: this.prefix });
    this.inspected.set(name, queue);
    return queue;
  }

  async close(): Promise<void> {
    await this.app.close();
    for (const name of Object.values(QueueName)) await this.queue(name).obliterate({ force: true });
    await Promise.all([...this.inspected.values()].map((queue) => queue.close()));
    await this.connection.quit();
  }
}
