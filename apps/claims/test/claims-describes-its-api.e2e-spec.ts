import { randomUUID } from 'node:crypto';
import { describeServiceApi, serviceTestEnvironment } from '@praxis/testing';
import { claimsConfigSchema } from '../src/claims.config';
import { CLAIMS_SERVICE, ClaimsServiceModule } from '../src/claims-service.module';

const config = claimsConfigSchema.parse({
  ...serviceTestEnvironment(CLAIMS_SERVICE),
  KAFKA_CONSUMER_GROUP: `praxis-claims-test-${randomUUID()}`,
});

describeServiceApi({
  module: ClaimsServiceModule.register(config),
  setup: {
    serviceName: CLAIMS_SERVICE,
    consumerBrokers: config.KAFKA_BROKERS,
    consumerGroup: config.KAFKA_CONSUMER_GROUP,
  },
  fewestRoutes: 12,
});
