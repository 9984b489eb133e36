import { DynamicModule, Module } from '@nestjs/common';
import { claimsAccess } from '@praxis/auth';
import { OPENAPI_METADATA, PlatformModule } from '@praxis/platform';
import { AdjudicationsModule } from './adjudications/adjudications.module';
import { BillingProfilesModule } from './billing-profiles/billing-profiles.module';
import { ClaimsConfig } from './claims.config';
import { ClaimsModule } from './claims/claims.module';
import { ClinicsModule } from './clinics/clinics.module';
import { claimsConstraintViolations } from './constraint-violations';
import { claimsEntities } from './database/claims.schema';
import { DenialsModule } from './denials/denials.module';
import { InsuredModule } from './insured/insured.module';
import openApiMetadata from './openapi-metadata';
import { PayersModule } from './payers/payers.module';
import { RemittancesModule } from './remittances/remittances.module';
import { TimelyFilingModule } from './timely-filing/timely-filing.module';
import { SubmissionsModule } from './submissions/submissions.module';
import { VisitsModule } from './visits/visits.module';

export const CLAIMS_SERVICE = 'claims';

@Module({})
export class ClaimsServiceModule {
  static register(config: ClaimsConfig): DynamicModule {
    return {
      module: ClaimsServiceModule,
      imports: [
        PlatformModule.forService({
          serviceName: CLAIMS_SERVICE,
          config,
          permissions: claimsAccess.permissions,
          entities: claimsEntities,
          constraintViolations: claimsConstraintViolations,
        }),
        ClinicsModule,
        PayersModule,
        BillingProfilesModule,
        InsuredModule,
        VisitsModule,
        ClaimsModule,
        AdjudicationsModule,
        DenialsModule,
        TimelyFilingModule,
        SubmissionsModule.register(config),
        RemittancesModule,
      ],
      providers: [{ provide: OPENAPI_METADATA, useValue: openApiMetadata }],
    };
  }
}
