import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { startKafkaBroker } from '@praxis/kafka-broker';
import { databaseUrl, DatabaseCredentials, MIGRATOR_ROLE, APP_ROLE, provisionDatabases } from '@praxis/database';
import { ChildProcesses } from './child-processes';
import { startPostgres } from './postgres-server';
import { ManagedProcess, runOrFail } from './processes';
import { startRedis } from './redis-server';
import { DOMAIN_SERVICES } from './service-catalog';

export interface InfrastructurePorts {
  postgres: number;
  redis: number;
  kafka: number;
}

export interface Infrastructure {
  adminDatabaseUrl: string;
  redisUrl: string;
  kafkaBrokers: string;
  credentials: DatabaseCredentials;
  stop(): Promise<void>;
}

export interface InfrastructureOptions {
  processes: ChildProcesses;
  dataDir: string;
  ports: InfrastructurePorts;
  ephemeral: boolean;
  environment: NodeJS.ProcessEnv;
}

const DEV_CREDENTIALS: DatabaseCredentials = { migratorPassword: 'praxis-migrator-dev', appPassword: 'praxis-app-dev' };

/** PostgreSQL, Redis and Kafka: started here unless DATABASE_URL, REDIS_URL or KAFKA_BROKERS point elsewhere. */
export const startInfrastructure = async ({
  processes,
  dataDir,
  ports,
  ephemeral,
  environment,
}: InfrastructureOptions): Promise<Infrastructure> => {
  const stops: Array<() => Promise<void>> = [];
  const track = (process: ManagedProcess) => stops.unshift(() => process.stop());
  const stop = async () => {
    for (const stopOne of stops) await stopOne();
  };
  try {
    let adminDatabaseUrl = environment.DATABASE_URL;
    if (!adminDatabaseUrl) {
      const postgres = await startPostgres(processes, {
        dataDir: join(dataDir, 'postgres'),
        port: ports.postgres,
        ephemeral,
      });
      track(postgres.process);
      adminDatabaseUrl = postgres.adminUrl;
    }
    let redisUrl = environment.REDIS_URL;
    if (!redisUrl) {
      const redis = await startRedis(processes, join(dataDir, 'redis'), ports.redis, !ephemeral);
      track(redis.process);
      redisUrl = redis.url;
    }
    let kafkaBrokers = environment.KAFKA_BROKERS;
    if (!kafkaBrokers) {
      const broker = await startKafkaBroker({
        port: ports.kafka,
        dataDir: ephemeral ? undefined : join(dataDir, 'kafka'),
        logLevel: 'warn',
      });
      stops.unshift(() => broker.stop());
      kafkaBrokers = broker.brokers.join(',');
    }
    const credentials = {
      migratorPassword: environment.PRAXIS_MIGRATOR_PASSWORD ?? DEV_CREDENTIALS.migratorPassword,
      appPassword: environment.PRAXIS_APP_PASSWORD ?? DEV_CREDENTIALS.appPassword,
    };
    await provisionDatabases(
      adminDatabaseUrl,
      DOMAIN_SERVICES.map((service) => service.database),
      credentials,
    );
    return { adminDatabaseUrl, redisUrl, kafkaBrokers, credentials, stop };
  } catch (error) {
    await stop();
    throw error;
  }
};

export const serviceDatabaseUrls = (infrastructure: Infrastructure, database: string) => ({
  DATABASE_URL: databaseUrl(
    infrastructure.adminDatabaseUrl,
    database,
    APP_ROLE,
    infrastructure.credentials.appPassword,
  ),
  MIGRATION_DATABASE_URL: databaseUrl(
    infrastructure.adminDatabaseUrl,
    database,
    MIGRATOR_ROLE,
    infrastructure.credentials.migratorPassword,
  ),
});

export interface MigrationOptions {
  checkDrift: boolean;
  /** Where the migrations' progress lines go instead of the terminal; their errors still reach it. */
  logFile?: string;
}

export const migrateAll = (
  root: string,
  infrastructure: Infrastructure,
  { checkDrift, logFile }: MigrationOptions,
): void => {
  const log = logFile === undefined ? 'inherit' : openSync(logFile, 'w');
  try {
    for (const service of DOMAIN_SERVICES) {
      const migrate = join(root, 'dist', 'apps', service.name, 'src', 'migrate.js');
      runOrFail(process.execPath, [migrate, ...(checkDrift ? ['--check-drift'] : [])], {
        env: { ...process.env, ...serviceDatabaseUrls(infrastructure, service.database) },
        stdio: ['ignore', log, 'inherit'],
      });
    }
  } finally {
    if (typeof log === 'number') closeSync(log);
  }
};
