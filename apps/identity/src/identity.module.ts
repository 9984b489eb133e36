import { DynamicModule, Module } from '@nestjs/common';
import { identityAccess } from '@praxis/auth';
import { OPENAPI_METADATA, PlatformModule } from '@praxis/platform';
import { AuditModule } from './audit/audit.module';
import { ClinicsModule } from './clinics/clinics.module';
import { identityEntities } from './database/identity.schema';
import { IdentityConfig, IdentityConfigModule } from './identity.config';
import { LocationsModule } from './locations/locations.module';
import openApiMetadata from './openapi-metadata';
import { SessionsModule } from './sessions/sessions.module';
import { StaffModule } from './staff/staff.module';

export const IDENTITY_SERVICE = 'identity';

@Module({})
export class IdentityModule {
  static register(config: IdentityConfig): DynamicModule {
    return {
      module: IdentityModule,
      imports: [
        PlatformModule.forService({
          serviceName: IDENTITY_SERVICE,
          config,
          permissions: identityAccess.permissions,
          entities: identityEntities,
        }),
        IdentityConfigModule.forRoot(config),
        AuditModule,
        ClinicsModule,
        LocationsModule,
        StaffModule,
        SessionsModule,
      ],
      providers: [{ provide: OPENAPI_METADATA, useValue: openApiMetadata }],
    };
  }
}
