import { ServiceRecipe } from '@praxis/platform';
import { ClaimsConfig, claimsConfigSchema } from './claims.config';
import { CLAIMS_SERVICE, ClaimsServiceModule } from './claims-service.module';

export const recipe: ServiceRecipe<ClaimsConfig> = {
  serviceName: CLAIMS_SERVICE,
  configSchema: claimsConfigSchema,
  module: (config) => ClaimsServiceModule.register(config),
};
