import { DynamicModule, Module, Type } from '@nestjs/common';
import { PermissionTable } from '@praxis/auth';
import { ClinicDirectoryConsumer } from '@praxis/replicas';
import { ServiceConfig } from './config/service-config';
import { PlatformModule, ServiceDefinition } from './platform.module';

export interface DomainServiceDefinition {
  serviceName: string;
  permissions: PermissionTable;
  entities: ServiceDefinition['entities'];
  controllers?: Type[];
  providers?: DynamicModule['providers'];
}

@Module({})
export class DomainServiceModule {
  /** A domain service that keeps its own directory of clinics, fed by identity's tenant events. */
  static register(definition: DomainServiceDefinition, config: ServiceConfig): DynamicModule {
    const { serviceName, permissions, entities, controllers = [], providers = [] } = definition;
    return {
      module: DomainServiceModule,
      imports: [PlatformModule.forService({ serviceName, config, permissions, entities })],
      controllers: [ClinicDirectoryConsumer, ...controllers],
      providers,
    };
  }
}
