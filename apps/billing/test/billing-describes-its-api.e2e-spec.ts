import { randomUUID } from 'node:crypto';
import { describeServiceApi, serviceTestEnvironment } from '@praxis/testing';
import { billingConfigSchema } from '../src/billing.config';
import { BILLING_SERVICE, BillingModule } from '../src/billing.module';

const config = billingConfigSchema.parse({
  ...serviceTestEnvironment(BILLING_SERVICE),
  KAFKA_CONSUMER_GROUP: `praxis-billing-test-${randomUUID()}`,
});

describeServiceApi({
  module: BillingModule.register(config),
  setup: {
    serviceName: BILLING_SERVICE,
    consumerBrokers: config.KAFKA_BROKERS,
    consumerGroup: config.KAFKA_CONSUMER_GROUP,
  },
  fewestRoutes: 9,
});
