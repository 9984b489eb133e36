import 'reflect-metadata';
import { createHttpApp, listen, parseConfig } from '@praxis/platform';
import { identityConfigSchema } from './identity.config';
import { IDENTITY_SERVICE, IdentityModule } from './identity.module';

const start = async () => {
  const config = parseConfig(identityConfigSchema, process.env);
  const app = await createHttpApp(IdentityModule.register(config), {
    serviceName: IDENTITY_SERVICE,
    consumerBrokers: config.KAFKA_BROKERS,
    consumerGroup: config.KAFKA_CONSUMER_GROUP,
  });
  await listen(app, { port: config.PORT, metricsPort: config.METRICS_PORT });
};

void start();
