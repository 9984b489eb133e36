import 'reflect-metadata';
import { DomainServiceModule, runService, serviceConfigSchema } from '@praxis/platform';
import { billingService } from './billing.service';

void runService({
  serviceName: billingService.serviceName,
  configSchema: serviceConfigSchema,
  module: (config) => DomainServiceModule.register(billingService, config),
});
