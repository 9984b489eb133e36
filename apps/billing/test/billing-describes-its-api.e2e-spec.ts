import { randomUUID } from 'node:crypto';
import type { OpenAPIObject } from '@nestjs/swagger';
import {
  documentationGaps,
  documentOperations,
  queryParametersRead,
  RunningService,
  serviceTestEnvironment,
  startService,
} from '@praxis/testing';
import { billingConfigSchema } from '../src/billing.config';
import { BILLING_SERVICE, BillingModule } from '../src/billing.module';

describe('billing describes its API', () => {
  const config = billingConfigSchema.parse({
    ...serviceTestEnvironment(BILLING_SERVICE),
    KAFKA_CONSUMER_GROUP: `praxis-billing-test-${randomUUID()}`,
  });
  const module = BillingModule.register(config);
  let billing: RunningService;
  let document: OpenAPIObject;

  beforeAll(async () => {
    billing = await startService(module, {
      serviceName: BILLING_SERVICE,
      consumerBrokers: config.KAFKA_BROKERS,
      consumerGroup: config.KAFKA_CONSUMER_GROUP,
    });
    document = (await (await fetch(`${billing.url}/openapi.json`)).json()) as OpenAPIObject;
  });
  afterAll(() => billing.close());

  const documented = () => documentOperations(document).map(({ key }) => key);

  it('lists every API route it serves', () => {
    const routes = Object.keys(queryParametersRead(module)).filter((route) => route.includes(' /api/'));
    expect(routes.length).toBeGreaterThan(3);
    expect(documented().sort()).toEqual(routes.sort());
  });

  it('gives every operation typed requests, parameters and answers, and problem+json errors', () => {
    expect(documentationGaps(document, queryParametersRead(module))).toEqual([]);
  });
});
