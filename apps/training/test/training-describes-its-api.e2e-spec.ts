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
import { trainingConfigSchema } from '../src/training.config';
import { TRAINING_SERVICE, TrainingModule } from '../src/training.module';

describe('training describes its API', () => {
  const config = trainingConfigSchema.parse({
    ...serviceTestEnvironment(TRAINING_SERVICE),
    KAFKA_CONSUMER_GROUP: `praxis-training-test-${randomUUID()}`,
  });
  const module = TrainingModule.register(config);
  let training: RunningService;
  let document: OpenAPIObject;

  beforeAll(async () => {
    training = await startService(module, {
      serviceName: TRAINING_SERVICE,
      consumerBrokers: config.KAFKA_BROKERS,
      consumerGroup: config.KAFKA_CONSUMER_GROUP,
    });
    document = (await (await fetch(`${training.url}/openapi.json`)).json()) as OpenAPIObject;
  });
  afterAll(() => training.close());

  const documented = () => documentOperations(document).map(({ key }) => key);

  it('lists every API route it serves', () => {
    const routes = Object.keys(queryParametersRead(module)).filter((route) => route.includes(' /api/'));
    expect(routes.length).toBeGreaterThan(15);
    expect(documented().sort()).toEqual(routes.sort());
  });

  it('gives every operation typed requests, parameters and answers, and problem+json errors', () => {
    expect(documentationGaps(document, queryParametersRead(module))).toEqual([]);
  });
});
