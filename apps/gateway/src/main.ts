import 'reflect-metadata';
import { createHttpApp, listen, parseConfig } from '@praxis/platform';
import { SwaggerModule } from '@nestjs/swagger';
import { gatewayConfigSchema } from './gateway.config';
import { GATEWAY_SERVICE, GatewayModule } from './gateway.module';

const start = async () => {
  const config = parseConfig(gatewayConfigSchema, process.env);
  const app = await createHttpApp(GatewayModule.register(config), { serviceName: GATEWAY_SERVICE });
  SwaggerModule.setup('api/docs', app, () => ({ openapi: '3.0.0', info: { title: 'Praxis API', version: '1' }, paths: {} }), {
    swaggerOptions: { url: '/api/openapi.json' },
  });
  await listen(app, { port: config.PORT, metricsPort: config.METRICS_PORT });
};

void start();
