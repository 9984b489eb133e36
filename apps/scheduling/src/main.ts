import 'reflect-metadata';
import { createHttpApp, listen, parseConfig, serviceConfigSchema } from '@praxis/platform';
import { SCHEDULING_SERVICE, SchedulingModule } from './scheduling.module';

const start = async () => {
  const config = parseConfig(serviceConfigSchema, process.env);
  const app = await createHttpApp(SchedulingModule.register(config), { serviceName: SCHEDULING_SERVICE, consumerBrokers: config.KAFKA_BROKERS });
  await listen(app, config.PORT);
};

void start();
