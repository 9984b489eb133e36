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
import { schedulingConfigSchema } from '../src/scheduling.config';
import { SCHEDULING_SERVICE, SchedulingModule } from '../src/scheduling.module';

describe('scheduling describes its API', () => {
  const config = schedulingConfigSchema.parse({
    ...serviceTestEnvironment(SCHEDULING_SERVICE),
    KAFKA_CONSUMER_GROUP: `praxis-scheduling-test-${randomUUID()}`,
  });
  const module = SchedulingModule.register(config);
  let scheduling: RunningService;
  let document: OpenAPIObject;

  beforeAll(async () => {
    scheduling = await startService(module, {
      serviceName: SCHEDULING_SERVICE,
      consumerBrokers: config.KAFKA_BROKERS,
      consumerGroup: config.KAFKA_CONSUMER_GROUP,
    });
    document = (await (await fetch(`${scheduling.url}/openapi.json`)).json()) as OpenAPIObject;
  });
  afterAll(() => scheduling.close());

  const documented = () => documentOperations(document).map(({ key }) => key);

  it('lists every API route it serves', () => {
    const routes = Object.keys(queryParametersRead(module)).filter((route) => route.includes(' /api/'));
    expect(routes.length).toBeGreaterThan(10);
    expect(documented().sort()).toEqual(routes.sort());
  });

  it('gives every operation typed requests, parameters and answers, and problem+json errors', () => {
    expect(documentationGaps(document, queryParametersRead(module))).toEqual([]);
  });
});
