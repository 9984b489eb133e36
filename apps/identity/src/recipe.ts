import { ServiceRecipe } from '@praxis/platform';
import { IdentityConfig, identityConfigSchema } from './identity.config';
import { IDENTITY_SERVICE, IdentityModule } from './identity.module';

export const recipe: ServiceRecipe<IdentityConfig> = {
  serviceName: IDENTITY_SERVICE,
  configSchema: identityConfigSchema,
  module: (config) => IdentityModule.register(config),
};
