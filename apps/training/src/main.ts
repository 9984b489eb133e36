import 'reflect-metadata';
import { DomainServiceModule, runService, serviceConfigSchema } from '@praxis/platform';
import { trainingService } from './training.service';

void runService({
  serviceName: trainingService.serviceName,
  configSchema: serviceConfigSchema,
  module: (config) => DomainServiceModule.register(trainingService, config),
});
