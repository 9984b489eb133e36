import { ServiceRecipe } from '@praxis/platform';
import { SchedulingConfig, schedulingConfigSchema } from './scheduling.config';
import { SCHEDULING_SERVICE, SchedulingModule } from './scheduling.module';

export const recipe: ServiceRecipe<SchedulingConfig> = {
  serviceName: SCHEDULING_SERVICE,
  configSchema: schedulingConfigSchema,
  module: (config) => SchedulingModule.register(config),
};
