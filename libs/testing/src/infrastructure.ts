import { INTERNAL_TOKEN_HEADER, signInternalToken } from '@praxis/auth';

/** What `npm test` hands to the jest run: one shared PostgreSQL, Redis and broker for the whole suite. */
export interface SharedInfrastructure {
  adminDatabaseUrl: string;
  redisUrl: string;
  kafkaBrokers: string[];
  credentials: { migratorPassword: string; appPassword: string };
  databases: Record<string, { DATABASE_URL: string; MIGRATION_DATABASE_URL: string }>;
}

export const TEST_INFRASTRUCTURE_VARIABLE = 'PRAXIS_TEST_INFRASTRUCTURE';
export const TEST_INTERNAL_SECRET = 'test-internal-secret-that-is-long-enough-0001';
export const TEST_ACCESS_SECRET = 'test-access-secret-that-is-long-enough-00001';

/** The PostgreSQL, Redis and broker that `npm test` started once for the whole run. */
export const sharedInfrastructure = (): SharedInfrastructure => {
  const raw = process.env[TEST_INFRASTRUCTURE_VARIABLE];
  if (!raw) throw new Error('run the tests with `npm test`: it starts PostgreSQL, Redis and the Kafka broker first');
  return JSON.parse(raw) as SharedInfrastructure;
};

/** A service's environment for tests, as strings: each app parses it with its own config schema, as main.ts does. */
export const serviceTestEnvironment = (serviceName: string): Record<string, string> => {
  const infrastructure = sharedInfrastructure();
  const database = infrastructure.databases[serviceName];
  if (!database) throw new Error(`no test database for ${serviceName}`);
  return {
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: database.DATABASE_URL,
    REDIS_URL: infrastructure.redisUrl,
    KAFKA_BROKERS: infrastructure.kafkaBrokers.join(','),
    INTERNAL_TOKEN_SECRET: TEST_INTERNAL_SECRET,
    LOG_LEVEL: 'silent',
  };
};

export interface TestActor {
  tenantId?: string;
  userId?: string;
  roles?: string[];
}

/** Headers the gateway would add, for tests that call a service directly. */
export const internalHeaders = async (actor: TestActor = {}): Promise<Record<string, string>> => ({
  [INTERNAL_TOKEN_HEADER]: await signInternalToken(
    { tenantId: actor.tenantId, userId: actor.userId, roles: actor.roles ?? [], requestId: `test-${Date.now()}` },
    TEST_INTERNAL_SECRET,
  ),
});
