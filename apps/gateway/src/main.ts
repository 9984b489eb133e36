import 'reflect-metadata';
import { createHttpApp, listen, parseConfig } from '@praxis/platform';
import { serveSwaggerUi } from './api-docs/swagger-ui';
import { gatewayConfigSchema } from './gateway.config';
import { GATEWAY_SERVICE, GatewayModule } from './gateway.module';

const start = async () => {
  const config = parseConfig(gatewayConfigSchema, process.env);
  const app = await createHttpApp(GatewayModule.register(config), { serviceName: GATEWAY_SERVICE });
  serveSwaggerUi(app);
  await listen(app, { port: config.PORT, metricsPort: config.METRICS_PORT });
};

void start();
