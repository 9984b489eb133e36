/** What `npm test` hands to the jest run: one shared PostgreSQL, Redis and broker for the whole suite. */
export interface TestInfrastructure {
  adminDatabaseUrl: string;
  redisUrl: string;
  kafkaBrokers: string[];
  databases: Record<string, { DATABASE_URL: string; MIGRATION_DATABASE_URL: string }>;
}

export const TEST_INFRASTRUCTURE_VARIABLE = 'PRAXIS_TEST_INFRASTRUCTURE';
