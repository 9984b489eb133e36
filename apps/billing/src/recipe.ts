import { ServiceRecipe } from '@praxis/platform';
import { BillingConfig, billingConfigSchema } from './billing.config';
import { BILLING_SERVICE, BillingModule } from './billing.module';

export const recipe: ServiceRecipe<BillingConfig> = {
  serviceName: BILLING_SERVICE,
  configSchema: billingConfigSchema,
  module: (config) => BillingModule.register(config),
};
