import { DomainServiceModule, ServiceConfig, serviceConfigSchema, ServiceRecipe } from '@praxis/platform';
import { trainingService } from './training.service';

export const recipe: ServiceRecipe<ServiceConfig> = {
  serviceName: trainingService.serviceName,
  configSchema: serviceConfigSchema,
  module: (config) => DomainServiceModule.register(trainingService, config),
};
