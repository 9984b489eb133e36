import { DynamicModule, Module } from '@nestjs/common';
import { ClinicDirectoryConsumer, PlatformModule, ServiceConfig } from '@praxis/platform';
import { AppointmentsModule } from './appointments/appointments.module';
import { AvailabilityModule } from './availability/availability.module';
import { schedulingEntities } from './database/scheduling.schema';
import { PatientsModule } from './patients/patients.module';
import { schedulingPermissions } from './permissions';

export const SCHEDULING_SERVICE = 'scheduling';

@Module({})
export class SchedulingModule {
  static register(config: ServiceConfig): DynamicModule {
    return {
      module: SchedulingModule,
      imports: [
        PlatformModule.forService({ serviceName: SCHEDULING_SERVICE, config, permissions: schedulingPermissions, entities: schedulingEntities }),
        PatientsModule,
        AvailabilityModule,
        AppointmentsModule.register(config),
      ],
      controllers: [ClinicDirectoryConsumer],
    };
  }
}
