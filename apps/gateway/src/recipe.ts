import { ServiceRecipe } from '@praxis/platform';
import { serveSwaggerUi } from './api-docs/swagger-ui';
import { GatewayConfig, gatewayConfigSchema } from './gateway.config';
import { GATEWAY_SERVICE, GatewayModule } from './gateway.module';
import { ApiForwarder } from './routing/api-forwarder';

export const recipe: ServiceRecipe<GatewayConfig> = {
  serviceName: GATEWAY_SERVICE,
  configSchema: gatewayConfigSchema,
  module: (config) => GatewayModule.register(config),
  bodies: (config) => ({ kind: 'raw', limitBytes: config.MAX_BODY_BYTES }),
  beforeListening: serveSwaggerUi,
  inFrontOfNest: (app) => app.get(ApiForwarder).handler(GATEWAY_SERVICE),
};
