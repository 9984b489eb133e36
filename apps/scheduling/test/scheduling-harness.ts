import { randomUUID } from 'node:crypto';
import { StaffRole } from '@praxis/contracts';
import { internalHeaders, RunningService, serviceTestEnvironment, startService } from '@praxis/testing';
import { schedulingConfigSchema } from '../src/scheduling.config';
import { SCHEDULING_SERVICE, SchedulingModule } from '../src/scheduling.module';

/**
 * Scheduling in-process on a free port, against the shared test database, Redis and broker. Start once per file.
 * Each file consumes in a group of its own, so files starting and stopping never rebalance each other's consumers;
 * the shared inbox still applies every event once.
 */
export const startScheduling = (overrides: Record<string, string> = {}): Promise<RunningService> => {
  const config = schedulingConfigSchema.parse({
    ...serviceTestEnvironment(SCHEDULING_SERVICE),
    KAFKA_CONSUMER_GROUP: `praxis-scheduling-test-${randomUUID()}`,
    ...overrides,
  });
  return startService(SchedulingModule.register(config), { serviceName: SCHEDULING_SERVICE, consumerBrokers: config.KAFKA_BROKERS, consumerGroup: config.KAFKA_CONSUMER_GROUP });
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
