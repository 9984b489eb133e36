import { DomainServiceModule, ServiceConfig, serviceConfigSchema, ServiceRecipe } from '@praxis/platform';
import { claimsService } from './claims.service';

export const recipe: ServiceRecipe<ServiceConfig> = {
  serviceName: claimsService.serviceName,
  configSchema: serviceConfigSchema,
  module: (config) => DomainServiceModule.register(claimsService, config),
};
