import { identityAccess } from '@praxis/auth';
import { countRoutes, gatewayAndServiceDisagreements, routesWithoutDeclaredAccess, TEST_ACCESS_SECRET, TEST_INTERNAL_SECRET } from '@praxis/testing';
import { identityConfigSchema } from '../src/identity.config';
import { IdentityModule } from '../src/identity.module';

describe('identity routes', () => {
  const module = IdentityModule.register(
    identityConfigSchema.parse({
      PORT: '0',
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/unused',
      REDIS_URL: 'redis://127.0.0.1:1',
      KAFKA_BROKERS: '127.0.0.1:1',
      INTERNAL_TOKEN_SECRET: TEST_INTERNAL_SECRET,
      ACCESS_TOKEN_SECRET: TEST_ACCESS_SECRET,
    }),
  );

  it('each declare who may call them', () => {
    expect(countRoutes(module)).toBeGreaterThan(10);
    expect(routesWithoutDeclaredAccess(module, identityAccess.permissions)).toEqual([]);
  });

  it('are reachable through the gateway by exactly the roles their permissions name', () => {
    expect(gatewayAndServiceDisagreements(module, identityAccess)).toEqual([]);
  });
});
