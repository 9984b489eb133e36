import { randomUUID } from 'node:crypto';
import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { StaffRole } from '@praxis/contracts';
import { Clock, parseConfig, TenantCommand } from '@praxis/platform';
import { Actor, TenantContext } from '@praxis/tenancy';
import type { z } from 'zod';
import { FixedClock } from './fixed-clock';
import { serviceTestEnvironment } from './infrastructure';

export type ClinicActor = Actor & { tenantId: string };

/** Someone at a clinic of their own, so specs sharing the database never see each other's rows. */
export const someoneAtANewClinic = (role: StaffRole): ClinicActor => ({
  tenantId: randomUUID(),
  userId: randomUUID(),
  roles: [role],
});

export interface UseCaseHarness {
  clock: FixedClock;
  get<T>(type: Type<T>): T;
  /** Runs work as a staff member of the clinic, as a request, event or job would. */
  as<T>(actor: ClinicActor, work: () => Promise<T>): Promise<T>;
  /** The command fields a controller would add for this actor, at the harness clock's now. */
  commandFor(actor: ClinicActor): TenantCommand;
  close(): Promise<void>;
}

/**
 * A service's real module graph on the shared test database, without HTTP or Kafka consumers, with a clock the
 * test sets. A use case spec gets the use case (`sut`) from here and runs it against real PostgreSQL.
 */
export const startUseCaseHarness = async (module: DynamicModule, clock = new FixedClock()): Promise<UseCaseHarness> => {
  const testing = await Test.createTestingModule({ imports: [module] })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app: INestApplication = testing.createNestApplication({ logger: false });
  await app.init();
  const context = app.get(TenantContext);
  return {
    clock,
    get: (type) => app.get(type, { strict: false }),
    as: (actor, work) => context.runAs(actor, `test-${randomUUID()}`, work),
    commandFor: (actor) => ({ tenantId: actor.tenantId, actorUserId: actor.userId ?? null, now: clock.now() }),
    close: () => app.close(),
  };
};

export interface ServiceUnderTest<S extends z.ZodTypeAny> {
  serviceName: string;
  configSchema: S;
  module: { register(config: z.infer<S>): DynamicModule };
}

/** A service's use cases on the shared test database, configured by its own schema as main.ts reads it. */
export const startServiceUseCases = <S extends z.ZodTypeAny>(
  { serviceName, configSchema, module }: ServiceUnderTest<S>,
  clock?: FixedClock,
): Promise<UseCaseHarness> =>
  startUseCaseHarness(module.register(parseConfig(configSchema, serviceTestEnvironment(serviceName))), clock);
