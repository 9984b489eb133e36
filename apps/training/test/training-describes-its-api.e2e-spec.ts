import { randomUUID } from 'node:crypto';
import { describeServiceApi, serviceTestEnvironment } from '@praxis/testing';
import { trainingConfigSchema } from '../src/training.config';
import { TRAINING_SERVICE, TrainingModule } from '../src/training.module';

const config = trainingConfigSchema.parse({
  ...serviceTestEnvironment(TRAINING_SERVICE),
  KAFKA_CONSUMER_GROUP: `praxis-training-test-${randomUUID()}`,
});

describeServiceApi({
  module: TrainingModule.register(config),
  setup: {
    serviceName: TRAINING_SERVICE,
    consumerBrokers: config.KAFKA_BROKERS,
    consumerGroup: config.KAFKA_CONSUMER_GROUP,
  },
  fewestRoutes: 15,
});
