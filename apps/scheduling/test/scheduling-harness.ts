import { randomUUID } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { StaffRole } from '@praxis/contracts';
import { Clock, configureHttpApp, SystemClock } from '@praxis/platform';
import { internalHeaders, RunningService, serviceTestEnvironment } from '@praxis/testing';
import { schedulingConfigSchema } from '../src/scheduling.config';
import { SCHEDULING_SERVICE, SchedulingModule } from '../src/scheduling.module';

/**
 * Scheduling in-process on a free port, against the shared test database, Redis and broker, reading the given clock.
 * Start once per file. Each file consumes in a group of its own, so files starting and stopping never rebalance each
 * other's consumers; the shared inbox still applies every event once.
 */
export const startScheduling = async (
  overrides: Record<string, string> = {},
  clock: Clock = new SystemClock(),
): Promise<RunningService> => {
  const config = schedulingConfigSchema.parse({
    ...serviceTestEnvironment(SCHEDULING_SERVICE),
    KAFKA_CONSUMER_GROUP: `praxis-scheduling-test-${randomUUID()}`,
    ...overrides,
  });
  const testing = await Test.createTestingModule({ imports: [SchedulingModule.register(config)] })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = testing.createNestApplication<NestExpressApplication>({ bufferLogs: true, bodyParser: false });
  await configureHttpApp(app, {
    serviceName: SCHEDULING_SERVICE,
    consumerBrokers: config.KAFKA_BROKERS,
    consumerGroup: config.KAFKA_CONSUMER_GROUP,
  });
  await app.listen(0, '127.0.0.1');
  return { app, url: await app.getUrl().then((url) => url.replace('[::1]', '127.0.0.1')), close: () => app.close() };
};

export interface TestClinic {
  tenantId: string;
  as(role: StaffRole): Promise<Record<string, string>>;
}

/** A clinic of its own for each test, so tests never see each other's rows. */
export const aNewClinic = (): TestClinic => {
  const tenantId = randomUUID();
  const userId = randomUUID();
  return { tenantId, as: (role) => internalHeaders({ tenantId, userId, roles: [role] }) };
};
