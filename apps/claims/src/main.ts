import 'reflect-metadata';
import { DomainServiceModule, runService, serviceConfigSchema } from '@praxis/platform';
import { claimsService } from './claims.service';

void runService({
  serviceName: claimsService.serviceName,
  configSchema: serviceConfigSchema,
  module: (config) => DomainServiceModule.register(claimsService, config),
});
