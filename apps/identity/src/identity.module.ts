import { DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { OPENAPI_METADATA, PlatformModule } from '@praxis/platform';
import { AuditController } from './audit/audit.controller';
import { AuditInterceptor } from './audit/audit.interceptor';
import { AuditTrail } from './audit/audit-trail';
import { PatientDataAccessConsumer } from './audit/patient-data-access.consumer';
import { ClinicsController } from './clinics/clinics.controller';
import { SignUpClinic } from './clinics/sign-up-clinic/sign-up-clinic.usecase';
import { identityEntities } from './database/identity.schema';
import { IDENTITY_CONFIG, IdentityConfig } from './identity.config';
import { LocationsController } from './locations/locations.controller';
import openApiMetadata from './openapi-metadata';
import { identityPermissions } from './permissions';
import { Login } from './sessions/login.usecase';
import { RefreshSession } from './sessions/refresh-session.usecase';
import { SessionTokenIssuer } from './sessions/session-tokens';
import { SessionsController } from './sessions/sessions.controller';
import { PasswordHasher } from './staff/password-hasher';
import { StaffController } from './staff/staff.controller';
import { StaffDirectory } from './staff/staff-directory';
import { UpdateStaffMember } from './staff/update-staff-member/update-staff-member.usecase';

export const IDENTITY_SERVICE = 'identity';

@Module({})
export class IdentityModule {
  static register(config: IdentityConfig): DynamicModule {
    return {
      module: IdentityModule,
      imports: [PlatformModule.forService({ serviceName: IDENTITY_SERVICE, config, permissions: identityPermissions, entities: identityEntities })],
      controllers: [ClinicsController, LocationsController, StaffController, SessionsController, AuditController, PatientDataAccessConsumer],
      providers: [
        { provide: IDENTITY_CONFIG, useValue: config },
        { provide: OPENAPI_METADATA, useValue: openApiMetadata },
        { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
        AuditTrail,
        PasswordHasher,
        StaffDirectory,
        SignUpClinic,
        UpdateStaffMember,
        SessionTokenIssuer,
        Login,
        RefreshSession,
      ],
    };
  }
}
