import 'reflect-metadata';
import { createHttpApp, listen, parseConfig } from '@praxis/platform';
import { schedulingConfigSchema } from './scheduling.config';
import { SCHEDULING_SERVICE, SchedulingModule } from './scheduling.module';

const start = async () => {
  const config = parseConfig(schedulingConfigSchema, process.env);
  const app = await createHttpApp(SchedulingModule.register(config), { serviceName: SCHEDULING_SERVICE, consumerBrokers: config.KAFKA_BROKERS, consumerGroup: config.KAFKA_CONSUMER_GROUP });
  await listen(app, { port: config.PORT, metricsPort: config.METRICS_PORT });
};

void start();
