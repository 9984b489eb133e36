import { ServiceRecipe } from '@praxis/platform';
import { TrainingConfig, trainingConfigSchema } from './training.config';
import { TRAINING_SERVICE, TrainingModule } from './training.module';

export const recipe: ServiceRecipe<TrainingConfig> = {
  serviceName: TRAINING_SERVICE,
  configSchema: trainingConfigSchema,
  module: (config) => TrainingModule.register(config),
};
