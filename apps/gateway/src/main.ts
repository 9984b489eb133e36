import 'reflect-metadata';
import { createHttpApp, listen, parseConfig } from '@praxis/platform';
import { serveSwaggerUi } from './api-docs/swagger-ui';
import { gatewayConfigSchema } from './gateway.config';
import { GATEWAY_SERVICE, GatewayModule } from './gateway.module';

const start = async () => {
  const config = parseConfig(gatewayConfigSchema, process.env);
  const app = await createHttpApp(GatewayModule.register(config), {
    serviceName: GATEWAY_SERVICE,
    bodies: { kind: 'raw', limitBytes: config.MAX_BODY_BYTES },
    consumerBrokers: config.KAFKA_BROKERS,
    consumerGroup: config.KAFKA_CONSUMER_GROUP,
  });
  serveSwaggerUi(app);
  await listen(app, { port: config.PORT, metricsPort: config.METRICS_PORT });
};

void start();
