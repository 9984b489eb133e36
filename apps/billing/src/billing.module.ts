import { DynamicModule, Module } from '@nestjs/common';
import { billingAccess } from '@praxis/auth';
import { OPENAPI_METADATA, PlatformModule } from '@praxis/platform';
import { BillingConfig } from './billing.config';
import { ChargesModule } from './charges/charges.module';
import { billingConstraintViolations } from './constraint-violations';
import { CoverageModule } from './coverage/coverage.module';
import { billingEntities } from './database/billing.schema';
import { FeeSchedulesModule } from './fee-schedules/fee-schedules.module';
import openApiMetadata from './openapi-metadata';
import { PaymentsModule } from './payments/payments.module';
import { StatementsModule } from './statements/statements.module';
import { RemittancePostingsModule } from './remittance-postings/remittance-postings.module';
import { ProviderAdjustmentsModule } from './provider-adjustments/provider-adjustments.module';

export const BILLING_SERVICE = 'billing';

@Module({})
export class BillingModule {
  static register(config: BillingConfig): DynamicModule {
    return {
      module: BillingModule,
      imports: [
        PlatformModule.forService({
          serviceName: BILLING_SERVICE,
          config,
          permissions: billingAccess.permissions,
          entities: billingEntities,
          constraintViolations: billingConstraintViolations,
        }),
        FeeSchedulesModule,
        CoverageModule,
        ChargesModule,
        PaymentsModule,
        StatementsModule.register(config),
        RemittancePostingsModule,
        ProviderAdjustmentsModule,
      ],
      providers: [{ provide: OPENAPI_METADATA, useValue: openApiMetadata }],
    };
  }
}
