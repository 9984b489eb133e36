import { claimsAccess } from '@praxis/auth';
import { ServiceRecipe } from '@praxis/platform';
import { ClaimsConfig, claimsConfigSchema } from './claims.config';
import { CLAIMS_SERVICE, ClaimsServiceModule } from './claims-service.module';

export const recipe: ServiceRecipe<ClaimsConfig> = {
  serviceName: CLAIMS_SERVICE,
  configSchema: claimsConfigSchema,
  module: (config) => ClaimsServiceModule.register(config),
  bodies: () => ({ kind: 'json', limitBytes: 1024 * 1024, x12Paths: claimsAccess.x12Uploads }),
};
