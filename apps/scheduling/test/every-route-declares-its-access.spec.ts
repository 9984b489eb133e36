import { schedulingAccess } from '@praxis/auth';
import { countRoutes, gatewayAndServiceDisagreements, routesWithoutDeclaredAccess, TEST_INTERNAL_SECRET } from '@praxis/testing';
import { schedulingConfigSchema } from '../src/scheduling.config';
import { SchedulingModule } from '../src/scheduling.module';

describe('scheduling routes', () => {
  const module = SchedulingModule.register(
    schedulingConfigSchema.parse({
      PORT: '0',
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/unused',
      REDIS_URL: 'redis://127.0.0.1:1',
      KAFKA_BROKERS: '127.0.0.1:1',
      INTERNAL_TOKEN_SECRET: TEST_INTERNAL_SECRET,
    }),
  );

  it('each declare who may call them', () => {
    expect(countRoutes(module)).toBeGreaterThan(25);
    expect(routesWithoutDeclaredAccess(module, schedulingAccess.permissions)).toEqual([]);
  });

  it('are reachable through the gateway by exactly the roles their permissions name', () => {
    expect(gatewayAndServiceDisagreements(module, schedulingAccess)).toEqual([]);
  });
});
