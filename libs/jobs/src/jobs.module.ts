import { DynamicModule, Module } from '@nestjs/common';
import { TenancyModule } from '@praxis/tenancy';
import { JobQueues } from './job-queues';
import { JobRegistry } from './job-registry';
import { JobWorkers } from './job-workers';
import { Jobs } from './jobs';
import { JOBS_SETTINGS, JobsModuleOptions, jobsSettingsFrom } from './jobs-settings';

/** Background jobs of one service: its job types, their handlers, the queues and workers behind them. */
@Module({})
export class JobsModule {
  static forRoot(options: JobsModuleOptions): DynamicModule {
    return {
      module: JobsModule,
      global: true,
      imports: [TenancyModule, ...(options.imports ?? [])],
      providers: [
        { provide: JOBS_SETTINGS, useValue: jobsSettingsFrom(options) },
        { provide: JobRegistry, useFactory: () => JobRegistry.check(options.jobs, options.handlers) },
        ...options.handlers,
        JobQueues,
        JobWorkers,
        Jobs,
      ],
      exports: [Jobs],
    };
  }
}
