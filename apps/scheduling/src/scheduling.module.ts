import { DynamicModule, Module } from '@nestjs/common';
import { schedulingAccess } from '@praxis/auth';
import { OPENAPI_METADATA, PlatformModule } from '@praxis/platform';
import { ClinicDirectoryConsumer } from '@praxis/replicas';
import { AppointmentTypesModule } from './appointment-types/appointment-types.module';
import { AppointmentsModule } from './appointments/appointments.module';
import { AvailabilityModule } from './availability/availability.module';
import { CredentialBlocksModule } from './credential-blocks/credential-blocks.module';
import { schedulingConstraintViolations } from './constraint-violations';
import { schedulingEntities } from './database/scheduling.schema';
import { LocationsModule } from './locations/locations.module';
import { PatientsModule } from './patients/patients.module';
import { ProvidersModule } from './providers/providers.module';
import { RemindersModule } from './reminders/reminders.module';
import { RoomsModule } from './rooms/rooms.module';
import openApiMetadata from './openapi-metadata';
import { SchedulingConfig } from './scheduling.config';
import { StaffDirectoryModule } from './staff-directory/staff-directory.module';

export const SCHEDULING_SERVICE = 'scheduling';

@Module({})
export class SchedulingModule {
  static register(config: SchedulingConfig): DynamicModule {
    return {
      module: SchedulingModule,
      imports: [
        PlatformModule.forService({
          serviceName: SCHEDULING_SERVICE,
          config,
          permissions: schedulingAccess.permissions,
          entities: schedulingEntities,
          constraintViolations: schedulingConstraintViolations,
        }),
        StaffDirectoryModule,
        LocationsModule,
        ProvidersModule,
        RoomsModule,
        AppointmentTypesModule,
        AvailabilityModule,
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
