import { randomUUID } from 'node:crypto';
import { describeServiceApi, serviceTestEnvironment } from '@praxis/testing';
import { schedulingConfigSchema } from '../src/scheduling.config';
import { SCHEDULING_SERVICE, SchedulingModule } from '../src/scheduling.module';

const config = schedulingConfigSchema.parse({
  ...serviceTestEnvironment(SCHEDULING_SERVICE),
  KAFKA_CONSUMER_GROUP: `praxis-scheduling-test-${randomUUID()}`,
});

describeServiceApi({
  module: SchedulingModule.register(config),
  setup: {
    serviceName: SCHEDULING_SERVICE,
    consumerBrokers: config.KAFKA_BROKERS,
    consumerGroup: config.KAFKA_CONSUMER_GROUP,
  },
  fewestRoutes: 10,
});
