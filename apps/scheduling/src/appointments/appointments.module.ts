import { DynamicModule, Module } from '@nestjs/common';
import { ServiceConfig } from '@praxis/platform';

@Module({})
export class AppointmentsModule {
  static register(_config: ServiceConfig): DynamicModule {
    return { module: AppointmentsModule };
  }
}
