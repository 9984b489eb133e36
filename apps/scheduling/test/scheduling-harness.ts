import { randomUUID } from 'node:crypto';
import { StaffRole } from '@praxis/contracts';
import { serviceConfigSchema } from '@praxis/platform';
import { internalHeaders, RunningService, serviceTestEnvironment, startService } from '@praxis/testing';
import { SCHEDULING_SERVICE, SchedulingModule } from '../src/scheduling.module';

/** Scheduling in-process on a free port, against the shared test database, Redis and broker. Start once per file. */
export const startScheduling = (): Promise<RunningService> => {
  const config = serviceConfigSchema.parse(serviceTestEnvironment(SCHEDULING_SERVICE));
  return startService(SchedulingModule.register(config), { serviceName: SCHEDULING_SERVICE, consumerBrokers: config.KAFKA_BROKERS });
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
