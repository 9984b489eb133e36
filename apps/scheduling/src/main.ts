import 'reflect-metadata';
import { runService } from '@praxis/platform';
import { schedulingConfigSchema } from './scheduling.config';
import { SCHEDULING_SERVICE, SchedulingModule } from './scheduling.module';

void runService({ serviceName: SCHEDULING_SERVICE, configSchema: schedulingConfigSchema, module: (config) => SchedulingModule.register(config) });
