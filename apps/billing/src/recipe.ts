import { DomainServiceModule, ServiceConfig, serviceConfigSchema, ServiceRecipe } from '@praxis/platform';
import { billingService } from './billing.service';

export const recipe: ServiceRecipe<ServiceConfig> = {
  serviceName: billingService.serviceName,
  configSchema: serviceConfigSchema,
  module: (config) => DomainServiceModule.register(billingService, config),
};
