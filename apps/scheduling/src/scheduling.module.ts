import { DynamicModule, Module } from '@nestjs/common';
import { schedulingAccess } from '@praxis/auth';
import { ClinicDirectoryConsumer, OPENAPI_METADATA, PlatformModule } from '@praxis/platform';
import { AppointmentsModule } from './appointments/appointments.module';
import { CredentialBlocksModule } from './credential-blocks/credential-blocks.module';
import { schedulingEntities } from './database/scheduling.schema';
import { PatientsModule } from './patients/patients.module';
import { RemindersModule } from './reminders/reminders.module';
import openApiMetadata from './openapi-metadata';
import { SchedulingConfig } from './scheduling.config';

export const SCHEDULING_SERVICE = 'scheduling';

@Module({})
export class SchedulingModule {
  static register(config: SchedulingConfig): DynamicModule {
    return {
      module: SchedulingModule,
      imports: [
        PlatformModule.forService({ serviceName: SCHEDULING_SERVICE, config, permissions: schedulingAccess.permissions, entities: schedulingEntities }),
        PatientsModule,
        AppointmentsModule,
        CredentialBlocksModule,
        RemindersModule.register(config),
      ],
      controllers: [ClinicDirectoryConsumer],
      providers: [{ provide: OPENAPI_METADATA, useValue: openApiMetadata }],
    };
  }
}
